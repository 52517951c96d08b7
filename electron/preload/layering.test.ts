// The lint rule that keeps the preload to the API contract, run through ESLint with the
// project's own configuration: the shell, the services and Node stay out; the contract is in.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: projectDir });

async function restrictedImports(specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import { x } from '${specifier}';\nexport const y = x;\n`,
    { filePath: 'electron/preload/probe.ts' },
  );
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the preload’s imports', { timeout: 30_000 }, () => {
  it.each([
    '../main/messages',
    '../main',
    '../../electron/main/index',
    '../services',
    '../services/store/store',
    '../cli/main',
    '../../renderer/App',
    'node:fs',
    'fs/promises',
    'lowdb',
  ])('refuses %s', async (specifier) => {
    expect(await restrictedImports(specifier)).toEqual([
      expect.stringContaining('The preload holds the API contract alone'),
    ]);
  });

  it.each(['electron', '@core/contract/channels', '@core/contract/messages'])(
    'allows %s',
    async (specifier) => {
      expect(await restrictedImports(specifier)).toEqual([]);
    },
  );

  it('the preload itself keeps the rule', async () => {
    const [result] = await eslint.lintFiles([
      fileURLToPath(new URL('./index.ts', import.meta.url)),
    ]);
    expect(result!.messages).toEqual([]);
  });
});

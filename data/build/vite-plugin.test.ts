import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Rollup } from 'vite';
import type { Corpus } from '../../core/corpus/model';
import { corpusPlugin } from './vite-plugin';
import { corpusModule } from './virtual-modules';

const dir = mkdtempSync(join(tmpdir(), 'naslag-plugin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(entrySource: string, plugin = corpusPlugin()): Promise<string> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, entrySource);
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [plugin],
    build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' } },
  })) as Rollup.RollupOutput[];
  const chunk = result[0]?.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no chunk');
  return chunk.code;
}

async function evaluate<T>(code: string): Promise<T> {
  const file = join(dir, `bundle-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: T }).default;
}

describe('corpusPlugin', () => {
  it('bundles the built corpus as virtual:naslag/corpus', async () => {
    const code = await bundle("import corpus from 'virtual:naslag/corpus'; export default corpus;");
    const corpus = await evaluate<Corpus>(code);
    expect(corpus.version).toBe(1);
    expect(corpus.letters.map((letter) => letter.paragraphs.length)).toEqual([24, 43]);
  }, 30_000);

  it('serves further modules built from the corpus', async () => {
    const plugin = corpusPlugin({
      modules: [
        corpusModule,
        {
          id: 'virtual:naslag/letter-ids',
          source: (corpus) => `export default ${JSON.stringify(corpus.letters.map((l) => l.id))};`,
        },
      ],
    });
    const code = await bundle(
      "import ids from 'virtual:naslag/letter-ids'; export default ids;",
      plugin,
    );
    expect(await evaluate<string[]>(code)).toEqual(['kst-31015-81', 'kst-31015-90']);
  }, 30_000);

  it('fails the build with the reason when the letters cannot be read', async () => {
    const empty = mkdtempSync(join(dir, 'letters-'));
    await expect(
      bundle(
        "import corpus from 'virtual:naslag/corpus'; export default corpus;",
        corpusPlugin({ lettersDir: empty }),
      ),
    ).rejects.toThrow(/corpus could not be built/);
  }, 30_000);
});

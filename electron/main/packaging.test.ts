// What the installers carry and how they are configured, checked with electron-builder's own
// code (no download, no packaging): the node modules it would copy into the app, and its
// reading and validation of electron-builder.yml.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getCollectorByPackageManager,
  PM,
} from 'app-builder-lib/out/node-module-collector/index.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger, TmpDir } from 'builder-util';
import { describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
  name: string;
  homepage?: string;
  author?: { name?: string; email?: string };
  dependencies: Record<string, string>;
};

interface PackedModule {
  name: string;
  dir: string;
  dependencies?: PackedModule[];
}

async function packedModules(): Promise<PackedModule[]> {
  const tmp = new TmpDir('naslag-packaging-test');
  try {
    const collector = getCollectorByPackageManager(PM.NPM, projectDir, tmp);
    const { nodeModules } = await collector.getNodeModules({ packageName: pkg.name });
    const flatten = (modules: PackedModule[]): PackedModule[] =>
      modules.flatMap((module) => [module, ...flatten(module.dependencies ?? [])]);
    return flatten(nodeModules as PackedModule[]);
  } finally {
    await tmp.cleanup();
  }
}

function bytesIn(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return total + bytesIn(path);
    return entry.isFile() ? total + statSync(path).size : total;
  }, 0);
}

describe('the installed app', () => {
  it('carries only what the main process loads at run time: no renderer or build tooling', async () => {
    const modules = await packedModules();
    const names = [...new Set(modules.map((module) => module.name))].sort();
    // The renderer and the preload are bundled; the main process loads these three (and
    // lowdb's one dependency). Anything new here is a choice to make on purpose.
    expect(names).toEqual(['approx-string-match', 'lowdb', 'steno', 'zod']);
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['approx-string-match', 'lowdb', 'zod']);
    for (const tool of ['tsx', 'esbuild', 'vite', 'react', 'react-dom', 'typescript', 'electron'])
      expect(names).not.toContain(tool);

    // About 6.4 MB, nearly all zod's (it ships its sources, CommonJS and ES builds, and locales);
    // with the renderer's libraries and tsx it was over 100 MB.
    const megabytes = modules.reduce((total, module) => total + bytesIn(module.dir), 0) / 2 ** 20;
    expect(megabytes).toBeLessThan(10);
  }, 60_000);

  it('has a configuration electron-builder accepts, with what the deb target requires', async () => {
    const config = await getConfig(projectDir, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    // The deb target refuses to build without a homepage and a maintainer with an email.
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(config.linux?.maintainer ?? null).toBeNull();
  });

  it('flips the fuses that close the shell, and re-signs the flipped binary on macOS', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    expect(config.asar).toBe(true);
  });
});

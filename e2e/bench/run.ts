// `npm run bench`: prints the benchmarks as tables and writes them as JSON to
// .bench/ (not in git). Benchmarks are numbers to read, not tests to pass.
// `npm run bench -- startup store` runs only the sections named.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundledCorpus } from '../../electron/services/corpus';
import { benchCompare, formatCompareReport } from './compare.bench';
import { benchSearch, formatSearchReport } from './search.bench';
import { benchStartup } from './startup.bench';

const outDir = fileURLToPath(new URL('../../.bench/', import.meta.url));
const storeBench = new URL('./store.bench.ts', import.meta.url);
const SECTIONS = ['search', 'compare', 'store', 'startup'] as const;

function formatSection(title: string, values: object): string {
  const entries = Object.entries(values);
  const width = Math.max(...entries.map(([key]) => key.length));
  return [
    '',
    `${title}:`,
    ...entries.map(([key, value]) => `  ${key.padEnd(width)}  ${String(value)}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`Onbekend onderdeel: ${unknown.join(', ')}. Kies uit: ${SECTIONS.join(', ')}.`);
    process.exit(2);
  }
  const wanted = (name: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(name);
  const progress = (line: string) => console.error(`  … ${line}`);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
  };

  if (wanted('search')) {
    const search = benchSearch(loadBundledCorpus(), undefined, progress);
    results.search = search;
    console.log(formatSearchReport(search));
  }

  if (wanted('compare')) {
    const compare = benchCompare(loadBundledCorpus());
    results.compare = compare;
    console.log(formatCompareReport(compare));
  }

  if (wanted('store') && existsSync(fileURLToPath(storeBench))) {
    const { benchStore } = (await import(storeBench.href)) as {
      benchStore: () => Promise<Record<string, number | string>>;
    };
    const store = await benchStore();
    results.store = store;
    console.log(formatSection('Store', store));
  }

  if (wanted('startup')) {
    const startup = await benchStartup(progress);
    results.startup = startup;
    console.log(formatSection('Startup and search in Chromium (1366×768)', startup));
  }

  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nWritten to .bench/${file.slice(outDir.length)} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}

await main();

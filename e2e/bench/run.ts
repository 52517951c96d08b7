// `npm run bench`: prints the benchmarks as tables and writes them as JSON to
// .bench/ (not in git). Benchmarks are numbers to read, not tests to pass.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundledCorpus } from '../../electron/services/corpus';
import { benchCompare, formatCompareReport } from './compare.bench';
import { benchSearch, formatSearchReport } from './search.bench';

const outDir = fileURLToPath(new URL('../../.bench/', import.meta.url));
const storeBench = new URL('./store.bench.ts', import.meta.url);

async function main(): Promise<void> {
  const started = performance.now();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
  };

  const search = benchSearch(loadBundledCorpus(), undefined, (line) =>
    console.error(`  … ${line}`),
  );
  results.search = search;
  console.log(formatSearchReport(search));

  const compare = benchCompare(loadBundledCorpus());
  results.compare = compare;
  console.log(formatCompareReport(compare));

  if (existsSync(fileURLToPath(storeBench))) {
    const { benchStore } = (await import(storeBench.href)) as {
      benchStore: () => Promise<Record<string, number | string>>;
    };
    const store = await benchStore();
    results.store = store;
    const width = Math.max(...Object.keys(store).map((key) => key.length));
    console.log(
      [
        '',
        'Store:',
        ...Object.entries(store).map(([key, value]) => `  ${key.padEnd(width)}  ${value}`),
      ].join('\n'),
    );
  }

  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nWritten to .bench/${file.slice(outDir.length)} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}

await main();

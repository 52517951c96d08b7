// Small measuring tools for the benchmarks: percentiles, timing and heap use.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** Collects until the heap stops shrinking: one collection can leave work for the next. */
function settledHeap(): number {
  let used = Infinity;
  for (let i = 0; i < 10; i += 1) {
    collectGarbage();
    const now = process.memoryUsage().heapUsed;
    if (now >= used) return now;
    used = now;
  }
  return used;
}

/**
 * Bytes of heap that `build` leaves in use, measured between settled heaps. A small
 * structure is built `copies` times and the total divided, as the heap moves by
 * about a megabyte on its own (compiled code comes and goes).
 */
export function heapRetainedBy<T>(build: () => T, copies = 1): { value: T; bytes: number } {
  const before = settledHeap();
  const values = Array.from({ length: copies }, build);
  const bytes = Math.max(0, settledHeap() - before) / copies;
  return { value: values[0] as T, bytes };
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * One line of `npm run bench`: a measured figure beside a baseline measured in the same run.
 * Benchmarks never fail a build on timing; `target` is printed so a reader can compare.
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The same work done the naive or raw way in this run; the ratio value/baseline is printed. */
  baseline?: { name: string; value: number };
  target?: string;
}

/** Median of `runs` timings of `fn`, in milliseconds, after `warmup` untimed calls. */
export async function timeMedian(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

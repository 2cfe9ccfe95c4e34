/** Latency samples and their percentiles. */

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

/** Nearest-rank percentiles of millisecond samples. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), samples: sorted.length };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Milliseconds that `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Progress lines on stderr (stdout carries the final table), each stamped with the run's clock. */
const started = performance.now();

export function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}

/** Runs `work`, reporting how long it took. */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  progress(`${label}…`);
  const result = await work();
  progress(`${label}: done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

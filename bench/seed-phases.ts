/** The seed's phase log: each step's wall time, printed as it ends and returned in the results. */
import { progress } from "./progress.js";

export interface SeedPhase {
  phase: string;
  seconds: number;
}

export class PhaseLog {
  readonly phases: SeedPhase[] = [];

  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    this.record(phase, (performance.now() - start) / 1000);
    return result;
  }

  record(phase: string, seconds: number): void {
    this.phases.push({ phase, seconds: Math.round(seconds * 100) / 100 });
    progress(`  ${phase}: ${seconds.toFixed(1)} s`);
  }
}

/** Sign-in throughput (argon2id-bound): full browser sign-ins, one at a time and two at a time. */
import os from "node:os";
import { progress } from "./progress.js";
import { round } from "./stats.js";
import { signIn } from "./sign-in.js";

export interface SignInMeasurement {
  sequential: { logins: number; perSecond: number };
  parallel: { logins: number; perSecond: number; lanes: number };
  /** Parallel logins per second divided by the machine's cores. */
  perSecondPerCore: number;
}

export async function measureSignIn(baseUrl: string, users: readonly string[], password: string, logins: number): Promise<SignInMeasurement> {
  const once = async (index: number) => {
    const browser = await signIn(baseUrl, users[index % users.length] ?? "", password);
    browser.close();
  };
  await once(0);
  let start = performance.now();
  for (let index = 0; index < logins; index++) await once(index);
  const sequential = logins / ((performance.now() - start) / 1000);
  const lanes = 2;
  start = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let index = lane; index < logins; index += lanes) await once(index);
    }),
  );
  const parallel = logins / ((performance.now() - start) / 1000);
  const measurement = {
    sequential: { logins, perSecond: round(sequential, 1) },
    parallel: { logins, perSecond: round(parallel, 1), lanes },
    perSecondPerCore: round(parallel / os.cpus().length, 1),
  };
  progress(`  sign-in: ${measurement.sequential.perSecond}/s one at a time, ${measurement.parallel.perSecond}/s two at a time (${measurement.perSecondPerCore}/s per core)`);
  return measurement;
}

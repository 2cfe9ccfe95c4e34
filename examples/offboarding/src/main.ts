#!/usr/bin/env -S npx tsx
/** The command: reads the configuration and arguments, offboards, prints what it did. */
import { createRosterClient, isRosterError } from "@roster/client";
import { readArguments } from "./arguments.js";
import { readEnv } from "./env.js";
import { offboard } from "./offboard.js";

try {
  const env = readEnv();
  const options = readArguments(process.argv.slice(2));
  const client = createRosterClient({ url: env.ROSTER_URL, token: env.ROSTER_TOKEN });
  const report = await offboard(client, options);
  const verb = report.dryRun ? "would deactivate" : "deactivated";
  for (const user of report.offboarded) console.log(`${verb} ${user.username} (contract ended ${user.contractEnd})`);
  for (const user of report.unreadable) console.log(`skipped ${user.username}: ${user.reason}`);
  console.log(`${report.offboarded.length} user(s) ${verb} in ${options.folder}${report.dryRun ? " (dry run: nothing changed)" : ""}.`);
} catch (error) {
  console.error(isRosterError(error) ? `Roster refused (${error.data.code}): ${error.message}` : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

/**
 * Seeds applications and their policy bindings through COPY, after the users: 1,000 applications
 * and 20,000 bindings on a full run, scaled down with the user count (one application per 100
 * users, at least 50). A tenth of the applications have no binding (open to everyone); the others
 * hold about 22 each — two in five on a team or project group (members of its subteams pass),
 * the rest on single users, one in ten disabled; one application in five is in mode "all" as
 * "this team except these people" (a group, then negated users). Like seed-data.ts, a pure
 * function of the counts.
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { random, seedUser } from "./seed-data.js";

export interface ApplicationSeedResult {
  applications: number;
  bindings: number;
  seconds: number;
}

const groupLabels = ["Engineering", "Sales", "Support", "Finance", "People", "Productivity", "Security", "Monitoring"];

export function applicationCount(userCount: number): number {
  return Math.min(1000, Math.max(50, Math.round(userCount / 100)));
}

export async function seedApplications(url: string, userCount: number): Promise<ApplicationSeedResult> {
  const started = performance.now();
  const apps = applicationCount(userCount);
  const bindingTotal = apps * 20;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Teams and projects, not the department or company groups whose binding would open an application to thousands.
    const groups = (await client.query<{ id: string }>("SELECT id FROM groups g WHERE NOT EXISTS (SELECT 1 FROM group_parents c WHERE c.parent_id = g.id) ORDER BY name")).rows.map((row) => row.id);
    const next = random(20261202);
    const bound = apps - Math.floor(apps / 10);
    const applicationLines: string[] = [];
    const bindingLines: string[] = [];
    for (let index = 0; index < apps; index++) {
      const id = randomUUID();
      const mode = index % 5 === 4 ? "all" : "any";
      const launch = index % 10 === 9 ? "" : `https://app-${index}.example.com`;
      applicationLines.push(`${id}\tapp-${index}\tApplication ${String(index).padStart(4, "0")}\t${launch}\t${groupLabels[index % groupLabels.length] ?? ""}\tSeeded application ${index}\tBench\t${index % 3 === 0 ? "t" : "f"}\t${mode}\n`);
      if (index >= bound) continue;
      const count = Math.floor(bindingTotal / bound) + (index < bindingTotal % bound ? 1 : 0);
      const usedGroups = new Set<string>();
      const usedUsers = new Set<string>();
      for (let order = 0; order < count; order++) {
        let subject = "";
        // Mode "all" reads as "this team, except these people": a group, then negated users.
        const allMode = mode === "all";
        if ((allMode ? order === 0 : next() < 0.4) && usedGroups.size < groups.length) {
          let groupId = groups[Math.floor(next() * groups.length)] ?? "";
          while (usedGroups.has(groupId)) groupId = groups[Math.floor(next() * groups.length)] ?? "";
          usedGroups.add(groupId);
          subject = `\\N\t${groupId}`;
        } else {
          let userId = seedUser(Math.floor(next() * userCount)).id;
          while (usedUsers.has(userId)) userId = seedUser(Math.floor(next() * userCount)).id;
          usedUsers.add(userId);
          subject = `${userId}\t\\N`;
        }
        bindingLines.push(`${randomUUID()}\t${id}\t${subject}\t${order * 10}\t${allMode && order > 0 ? "t" : "f"}\t${next() < 0.1 ? "f" : "t"}\n`);
      }
    }
    await client.query("TRUNCATE applications CASCADE");
    await pipeline(Readable.from([applicationLines.join("")]), client.query(copyFrom("COPY applications (id, slug, name, launch_url, group_label, meta_description, meta_publisher, open_in_new_tab, policy_engine_mode) FROM STDIN")));
    await pipeline(Readable.from([bindingLines.join("")]), client.query(copyFrom(`COPY policy_bindings (id, application_id, user_id, group_id, "order", negate, enabled) FROM STDIN`)));
    // Sets the visibility map too, so that the predicate's index-only scans need no heap.
    await client.query("VACUUM (ANALYZE) applications, policy_bindings");
    return { applications: apps, bindings: bindingLines.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

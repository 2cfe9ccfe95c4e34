/**
 * The composition walk (Trust II, FLOWS.md): for each permission a non-super-user can hold that
 * touches flows, stages, invitations, groups, brands or users — and for all of them at once — a
 * walker holding only that does what it lets one do: creates and edits stages of every type with
 * every setting that names a user, group or role, binds them into flows in random orders (several
 * stages of a type), points the brand at them, writes invitations, renames and re-parents groups,
 * edits users. Then every flow is run, anonymously and in the walker's own session, answering as an
 * attacker who knows only its own password and TOTP seed. No run may end with a session of another
 * user, a user holding more than the walker, or a change to another user's account. Stage types
 * come from the core's list: a new one is walked with its default settings until it gets values of
 * its own in support/walk-moves.ts.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { TRPCClientError } from "@trpc/client";
import { grantsNotHeld, permissionCodenames, permissionModel, stageTypes, type TPermission } from "@roster/core";
import { loadPermissions } from "@roster/db";
import { driveFlow } from "./support/flow-driver.js";
import { seededRandom, seedOf, type Random } from "./support/random.js";
import { makeMoves, walkerCall } from "./support/walk-moves.js";
import { buildWorld, query, walkerBrowser, type World } from "./support/walk-world.js";

const walkedModels = new Set(["flow", "stage", "invitation", "group", "brand", "user"]);
const walkedPermissions = permissionCodenames.filter((codename) => walkedModels.has(permissionModel(codename)));

let world: World | null = null;
/** Over all walks: runs that finished, and sign-ins of the walker as itself (a walk that never gets that far proves nothing). */
const totals = { walks: 0, completed: 0, walkerSignIns: 0 };
afterEach(async () => {
  await world?.app.close();
  world = null;
});

// ---- the invariants

/**
 * What no flow may change of the other users. A recovery key is not in it: anyone may ask for a
 * recovery email for anyone (the link goes to that user's mailbox, which the attacker does not read).
 */
async function accounts(world: World): Promise<unknown[]> {
  return query(
    world.app,
    `SELECT u.id, u.username, u.email, u.name, u.password_hash, u.is_active, u.type, u.password_change_date,
            (SELECT array_agg(group_id ORDER BY group_id) FROM group_users WHERE user_id = u.id) AS groups,
            (SELECT array_agg(role_id ORDER BY role_id) FROM user_roles WHERE user_id = u.id) AS roles,
            (SELECT array_agg(id ORDER BY id) FROM authenticators WHERE user_id = u.id) AS devices,
            (SELECT array_agg(id ORDER BY id) FROM api_tokens WHERE user_id = u.id AND intent <> 'recovery') AS tokens
       FROM users u WHERE u.id = ANY(?::uuid[]) ORDER BY u.id`,
    [`{${world.protectedIds.join(",")}}`],
  );
}

interface RunCounts {
  runs: number;
  /** Challenges the attacker answered. */
  answered: number;
  /** Runs that ended in a redirect (a sign-in, an enrollment, a device set up). */
  completed: number;
}

/** Runs every flow three times anonymously and three times in the walker's session (and with each invitation link). */
async function runEveryFlow(world: World, random: Random, failures: string[]): Promise<RunCounts> {
  const flows = await query<{ slug: string; designation: string }>(world.app, "SELECT slug, designation FROM flows ORDER BY slug");
  let runs = 0;
  let answered = 0;
  let completed = 0;
  for (const flow of flows) {
    for (const signedIn of [false, true]) {
      const tokens = flow.designation === "enrollment" ? [undefined, ...world.invitationTokens] : [undefined];
      for (const token of tokens.flatMap((entry) => [entry, entry, entry])) {
        const browser = walkerBrowser(world.app, signedIn ? world.walker.cookie : null, `10.${random.int(250)}.${random.int(250)}.${1 + random.int(250)}`);
        runs += 1;
        try {
          const results = await driveFlow(browser, flow.slug, world.knows, random, token);
          answered += results.length - 1;
          if (results.at(-1)?.type === "redirect") completed += 1;
        } catch (error) {
          const code = error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : "thrown";
          if (code === "INTERNAL_SERVER_ERROR" || code === "thrown") failures.push(`${flow.slug}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
  return { runs, answered, completed };
}

async function assertNoEscalation(world: World, before: unknown[], failures: string[]): Promise<void> {
  const { app, walker, startedAt } = world;
  expect(failures, "server errors").toEqual([]);
  const created = (await query<{ id: string }>(app, "SELECT id FROM users WHERE date_joined > ?::timestamptz", [startedAt])).map((row) => row.id);
  const sessions = await query<{ user_id: string; username: string }>(app, "SELECT DISTINCT s.user_id, u.username FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.created_at > ?::timestamptz", [startedAt]);
  expect(sessions.filter((row) => row.user_id !== walker.id && !created.includes(row.user_id)).map((row) => row.username), "sessions of other users").toEqual([]);
  for (const id of [walker.id, ...created]) {
    const held = await loadPermissions(app.database.fork(), id);
    expect(held.isSuperuser, `user ${id} became a super-user`).toBe(false);
    expect(grantsNotHeld(walker.permissions, held.grants()), `user ${id} holds more than the walker`).toEqual([]);
  }
  expect(await accounts(world), "other users' accounts").toEqual(before);
}

const walks: { name: string; permissions: TPermission[] }[] = [
  ...walkedPermissions.map((codename) => ({ name: codename, permissions: [codename] })),
  // What a flow designer holds: every arrangement of stages and flows, nothing else.
  { name: "flows and stages", permissions: ["view_flow", "add_flow", "change_flow", "view_stage", "add_stage", "change_stage"] },
  // Enrollment's configuration: stages, invitations and groups together.
  { name: "enrollment and groups", permissions: ["add_stage", "change_stage", "add_flow", "change_flow", "add_invitation", "change_invitation", "add_user", "change_group", "add_group", "change_brand"] },
  { name: "all of them", permissions: walkedPermissions },
];

describe("no arrangement of flows, stages, invitations, groups, brands or users lets a delegated admin become someone else", () => {
  it("walks every stage type the core declares", () => {
    expect(stageTypes.length).toBeGreaterThanOrEqual(13);
    expect(walkedPermissions).toEqual(expect.arrayContaining(["add_flow", "change_flow", "add_stage", "change_stage", "change_invitation", "change_group", "change_brand", "change_user"]));
  });

  afterAll(() => {
    // Only a full run can say so (a run filtered to one walk may stop short of any sign-in).
    if (totals.walks < walks.length) return;
    expect(totals.completed).toBeGreaterThan(0);
    expect(totals.walkerSignIns).toBeGreaterThan(0);
  });

  it.each(walks)("holding $name", async ({ name, permissions }) => {
    world = await buildWorld(permissions);
    const random = seededRandom(seedOf(name));
    const failures: string[] = [];
    const before = await accounts(world);
    await makeMoves(world, random, walkerCall(world, failures));
    // The moves may change the plain victim (change_user on a user holding nothing is an admin's job), never those who hold more.
    const afterMoves = await accounts(world);
    const [, , victimId] = world.protectedIds;
    const holdingMore = (rows: unknown[]) => rows.filter((row) => (row as { id: string }).id !== victimId);
    expect(holdingMore(afterMoves)).toEqual(holdingMore(before));
    const counts = await runEveryFlow(world, random, failures);
    // The attacker gets somewhere in every walk; that it ever finishes a flow is checked over all walks below.
    expect(counts.runs).toBeGreaterThan(20);
    expect(counts.answered).toBeGreaterThan(10);
    totals.walks += 1;
    totals.completed += counts.completed;
    totals.walkerSignIns += Number((await query<{ n: string }>(world.app, "SELECT count(*) AS n FROM sessions WHERE user_id = ? AND created_at > ?::timestamptz", [world.walker.id, world.startedAt]))[0]?.n ?? 0);
    await assertNoEscalation(world, afterMoves, failures);
  }, 120_000);
});

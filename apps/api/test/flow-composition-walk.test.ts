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
 * its own here.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { generateSync } from "otplib";
import { TRPCClientError } from "@trpc/client";
import { grantsNotHeld, permissionCodenames, permissionModel, stageSettingsSchemas, stageTypes, type PermissionSet, type TPermission, type TStageType } from "@roster/core";
import { createSession, loadPermissions, newId } from "@roster/db";
import { sql } from "@roster/db/testing";
import { startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { driveFlow, type AttackerKnowledge } from "./support/flow-driver.js";
import { seededRandom, seedOf, type Random } from "./support/random.js";
import { bootstrapIds, ensureNamed } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

const walkedModels = new Set(["flow", "stage", "invitation", "group", "brand", "user"]);
const walkedPermissions = permissionCodenames.filter((codename) => walkedModels.has(permissionModel(codename)));
const designations = ["authentication", "recovery", "enrollment", "stage_configuration", "invalidation", "authorization"] as const;

interface World {
  app: TestApp;
  walker: { id: string; cookie: string; permissions: PermissionSet };
  knows: AttackerKnowledge;
  protectedIds: string[];
  groups: { admins: string; big: string; walkers: string; harmless: string };
  roleIds: string[];
  invitationTokens: string[];
  startedAt: string;
}

let world: World | null = null;
/** Over all walks: runs that finished, and sign-ins of the walker as itself (a walk that never gets that far proves nothing). */
const totals = { walks: 0, completed: 0, walkerSignIns: 0 };
afterEach(async () => {
  await world?.app.close();
  world = null;
});

async function query<T extends object>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

/** A fresh directory: the admin, a user holding every permission, a plain victim, and the walker with `granted`. */
async function buildWorld(granted: readonly TPermission[]): Promise<World> {
  const app = await startTestApp({ ROSTER_TRUSTED_PROXIES: "127.0.0.1" });
  const { adminId, adminsGroupId: admins } = await bootstrapIds(app.database);
  const power = await createUserWithPassword(app, "power", "power-password-unknown-1", { email: "power@example.com" });
  const victim = await createUserWithPassword(app, "victim", "victim-password-unknown-1", { email: "victim@example.com" });
  const walker = await createUserWithPassword(app, "walker", "walker-password-1", { email: "walker@evil.example" });
  const bigRole = await ensureNamed(app.database, "roles", "everything");
  for (const codename of permissionCodenames) await query(app, "INSERT INTO role_permissions (id, role_id, codename) VALUES (?, ?, ?)", [newId(), bigRole, codename]);
  const walkerRole = await ensureNamed(app.database, "roles", "walker-role");
  for (const codename of granted) await query(app, "INSERT INTO role_permissions (id, role_id, codename) VALUES (?, ?, ?)", [newId(), walkerRole, codename]);
  const big = await ensureNamed(app.database, "groups", "big-group");
  const walkers = await ensureNamed(app.database, "groups", "walker-group");
  const harmless = await ensureNamed(app.database, "groups", "harmless");
  await query(app, "INSERT INTO group_roles (group_id, role_id) VALUES (?, ?), (?, ?)", [big, bigRole, walkers, walkerRole]);
  await query(app, "INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", [power.id, bigRole]);
  await query(app, "INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [walkers, walker.id]);
  const { cookieValue } = await createSession(app.database.fork(), walker.id, { clientIp: "127.0.0.1", userAgent: "walker", brand: "" });
  const cookie = cookieValue;
  // The walker has an authenticator app of its own, so it can pass second-factor stages as itself.
  const browser = walkerBrowser(app, cookie, "10.9.0.1");
  const setup = await browser.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup", restart: true });
  const totpSecret = setup.type === "challenge" ? (setup.secret ?? "") : "";
  await browser.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup", response: { code: generateSync({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) }) } });
  // An invitation an admin made in good faith: its link reaches the attacker.
  const { link } = await app.admin().api.invitations.create.mutate({ name: "for-a-contractor", fixedData: { groups: ["harmless"] } });
  const startedAt = (await query<{ now: string }>(app, "SELECT now()::text AS now"))[0]?.now ?? "";
  return {
    app,
    walker: { id: walker.id, cookie, permissions: await loadPermissions(app.database.fork(), walker.id) },
    knows: { names: ["walker", "admin", "power", "victim", "nobody-here", "walker@evil.example", "admin@example.com"], password: "walker-password-1", totpSecret, email: "walker@evil.example" },
    protectedIds: [adminId, power.id, victim.id],
    groups: { admins, big, walkers, harmless },
    roleIds: [bigRole, walkerRole],
    invitationTokens: [new URL(link).searchParams.get("token") ?? ""],
    startedAt,
  };
}

/** A browser from its own address (the walk's sign-in attempts are not throttled as one), signed in as the walker or not. */
function walkerBrowser(app: TestApp, cookie: string | null, address: string): TestClient {
  const browser = app.client({ forwardedFor: address });
  if (cookie) browser.cookies.set("roster_session", cookie);
  return browser;
}

// ---- settings: every setting that names a user, group or role, and the ones that change who is asked what

function valuePool(world: World): Record<string, unknown[]> {
  const { admins, big, walkers, harmless } = world.groups;
  const text = (name: string) => ({ name, label: name, type: "text", required: true });
  const password = (name: string) => ({ name, label: name, type: "password", required: true });
  return {
    userFields: [["username"], ["email"], ["username", "email"]],
    userCreationMode: ["never_create", "always_create"],
    userType: ["internal", "external"],
    createUsersAsInactive: [false, true],
    createUsersGroups: [[], [admins], ["admins"], [big], [walkers], [harmless], [admins, harmless]],
    deviceClasses: [["totp"], ["webauthn"], ["static"], ["totp", "static", "webauthn"]],
    notConfiguredAction: ["skip", "deny", "configure"],
    configureDeviceClass: ["totp", "static"],
    continueWithoutInvitation: [true, false],
    fields: [
      [text("username"), password("password")],
      [text("username"), { name: "email", label: "Email", type: "email", required: true }, password("password"), password("password_repeat")],
      [password("password"), password("password_repeat")],
      [text("name"), { name: "email", label: "Email", type: "email", required: false }],
      [text("is_superuser"), text("groups"), text("username")],
    ],
    mode: ["always_require", "permanent", "expiring"],
  };
}

function settingsKeys(type: TStageType): string[] {
  const schema = stageSettingsSchemas[type] as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/** Settings for a stage of `type`: its defaults with random values for the settings the walk knows. */
function randomSettings(world: World, type: TStageType, random: Random): Record<string, unknown> {
  const pool = valuePool(world);
  for (let attempt = 0; attempt < 20; attempt++) {
    const settings: Record<string, unknown> = {};
    for (const key of settingsKeys(type)) {
      const values = pool[key];
      if (values && random.next() < 0.8) settings[key] = random.pick(values);
    }
    if (stageSettingsSchemas[type].safeParse(settings).success) return settings;
  }
  throw new Error(`The walk has no valid settings for the stage type "${type}": add values for its settings to valuePool.`);
}

// ---- what each permission lets the walker do

/**
 * Flows as an attacker composes them: phrases of stage types — prove who one is, switch to another
 * name, collect and write, second factor, set up a device, enroll — in random order and number,
 * mostly ending in a sign-in. Any other stage type the core declares turns up as a phrase of its own.
 */
const weightedPhrases: [TStageType[], number][] = [
  [["identification", "password"], 5],
  [["identification"], 5],
  [["prompt", "user_write"], 3],
  [["authenticator_validate"], 2],
  [["user_login"], 2],
  [["authenticator_totp"], 1],
  [["authenticator_static"], 1],
  [["invitation"], 1],
  [["email"], 1],
  [["user_logout"], 1],
  ...stageTypes.filter((type) => type !== "consent").map((type): [TStageType[], number] => [[type], 1]),
];
const phrases = weightedPhrases.flatMap(([phrase, weight]) => Array.from({ length: weight }, () => phrase));

async function stageSequence(world: World, random: Random): Promise<string[]> {
  const stages = await query<{ id: string; type: TStageType }>(world.app, "SELECT id, type FROM stages ORDER BY name");
  const types = Array.from({ length: 1 + random.int(4) }, () => random.pick(phrases)).flat();
  if (random.next() < 0.8) types.push("user_login");
  const unused = [...stages];
  const sequence: string[] = [];
  for (const type of types) {
    const candidates = unused.filter((stage) => stage.type === type);
    if (candidates.length === 0) continue;
    const chosen = random.pick(candidates);
    unused.splice(unused.indexOf(chosen), 1);
    sequence.push(chosen.id);
  }
  return sequence;
}

type Call = (path: string, input: unknown) => Promise<unknown>;

function walkerCall(world: World, failures: string[]): Call {
  const browser = walkerBrowser(world.app, world.walker.cookie, "10.9.0.2");
  const procedures = browser.api as unknown as Record<string, Record<string, { mutate(input: unknown): Promise<unknown>; query(input: unknown): Promise<unknown> }>>;
  return async (path, input) => {
    const [area = "", name = ""] = path.split(".");
    try {
      const procedure = procedures[area]?.[name];
      return await (path.endsWith(".list") ? procedure?.query(input) : procedure?.mutate(input));
    } catch (error) {
      // A refusal is the rule doing its work; a server error is a defect.
      if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "INTERNAL_SERVER_ERROR") failures.push(`${path}: ${error.message}`);
      return null;
    }
  };
}

/** Ids in the order of their names (seeded, so a walk replays alike), not of their random ids. */
async function idsOf(world: World, table: "stages" | "flows" | "invitations"): Promise<string[]> {
  const order = { stages: "name", flows: "slug", invitations: "name" }[table];
  return (await query<{ id: string }>(world.app, `SELECT id FROM ${table} ORDER BY ${order}`)).map((row) => row.id);
}

async function makeMoves(world: World, random: Random, call: Call): Promise<void> {
  const { permissions } = world.walker;
  const holds = (codename: TPermission) => permissions.has(codename);
  const runnable = stageTypes.filter((type) => type !== "consent");
  if (holds("add_stage")) {
    // Two of every type, so that a flow can hold several stages of a type (identify twice, say).
    for (const type of [...runnable, ...runnable, "identification", "identification", "password"] as const) await call("stages.create", { name: `walk-${type}-${random.id()}`, type, settings: randomSettings(world, type, random) });
  }
  if (holds("change_stage")) {
    const stages = await query<{ id: string; type: TStageType }>(world.app, "SELECT id, type FROM stages ORDER BY name");
    for (const stage of stages) await call("stages.update", { id: stage.id, settings: randomSettings(world, stage.type, random) });
  }
  if (holds("add_flow")) {
    for (let index = 0; index < 40; index++) {
      const created = (await call("flows.create", { slug: `walk-flow-${random.id()}`, name: "walk", designation: random.pick(designations) })) as { id: string } | null;
      if (created) await call("flows.update", { id: created.id, stageIds: await stageSequence(world, random) });
    }
  }
  if (holds("change_flow")) {
    for (const id of await idsOf(world, "flows")) await call("flows.update", { id, stageIds: await stageSequence(world, random) });
  }
  if (holds("delete_stage")) await call("stages.delete", { ids: random.some(await idsOf(world, "stages"), 2) });
  if (holds("change_brand")) {
    const brand = (await query<{ id: string }>(world.app, `SELECT id FROM brands ORDER BY "default" DESC LIMIT 1`))[0];
    const flows = await query<{ id: string; designation: string }>(world.app, "SELECT id, designation FROM flows ORDER BY slug");
    const of = (designation: string) => flows.filter((flow) => flow.designation === designation).map((flow) => flow.id);
    await call("brands.update", { id: brand?.id, flowAuthentication: random.pick([...of("authentication"), null]), flowRecovery: random.pick([...of("recovery"), null]), flowEnrollment: random.pick([...of("enrollment"), null]) });
  }
  const groupChoices = [[world.groups.admins], [world.groups.big], [world.groups.walkers], [world.groups.harmless], ["admins"], []];
  if (holds("add_invitation")) {
    const flows = await query<{ id: string }>(world.app, "SELECT id FROM flows WHERE designation = 'enrollment' ORDER BY slug");
    for (let index = 0; index < 3; index++) {
      const made = (await call("invitations.create", { name: `walk-invite-${random.id()}`, flowId: random.pick(flows).id, fixedData: { groups: random.pick(groupChoices) } })) as { link: string } | null;
      if (made) world.invitationTokens.push(new URL(made.link).searchParams.get("token") ?? "");
    }
  }
  if (holds("change_invitation")) {
    for (const id of await idsOf(world, "invitations")) await call("invitations.update", { id, fixedData: { groups: random.pick(groupChoices) } });
  }
  if (holds("change_group")) {
    const names = ["admins", "harmless", "big-group", "walker-group"];
    for (const id of Object.values(world.groups)) await call("groups.update", { id, name: `${random.pick(names)}-${random.id()}` });
    await call("groups.update", { id: world.groups.harmless, parents: [world.groups.admins] });
    await call("groups.update", { id: world.groups.harmless, roles: world.roleIds });
    await call("groups.update", { id: world.groups.walkers, isSuperuser: true });
  }
  if (holds("add_group")) await call("groups.create", { name: `walk-group-${random.id()}`, parents: [world.groups.admins], roles: world.roleIds, isSuperuser: random.pick([true, false]) });
  if (holds("change_user")) {
    for (const id of world.protectedIds) await call("users.update", { id, email: world.knows.email, username: `taken-${random.id()}` });
  }
  if (holds("add_user_to_group")) await call("users.addToGroups", { userId: world.walker.id, groupIds: [world.groups.admins, world.groups.big] });
}

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

/** What each permission lets the walker do: stages of every type with every setting that names a group, flows composed from them, brands, invitations, groups, users. */
import { TRPCClientError } from "@trpc/client";
import { stageSettingsSchemas, stageTypes, type TPermission, type TStageType } from "@roster/core";
import type { Random } from "./random.js";
import { query, walkerBrowser, type World } from "./walk-world.js";

const designations = ["authentication", "recovery", "enrollment", "stage_configuration", "invalidation", "authorization"] as const;

export function valuePool(world: World): Record<string, unknown[]> {
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

export function walkerCall(world: World, failures: string[]): Call {
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

export async function makeMoves(world: World, random: Random, call: Call): Promise<void> {
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

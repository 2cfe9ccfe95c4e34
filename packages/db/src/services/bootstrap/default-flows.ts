/**
 * The flows a fresh install needs: sign-in (identification → password → second factor when the
 * user has a device → login), the authenticator setup flows, sign-out,
 * set on the default brand, and the two authorization flows of the OAuth provider (SPEC §11): one
 * consent stage (mode `expiring`, four weeks), or none. Created when missing; never changed once there.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { defaultAuthorizationFlow, defaultConsentExpirySeconds, implicitAuthorizationFlow } from "@roster/core";
import type { TFlowDesignation } from "../../entities/flow.js";
import { Brand } from "../../entities/brand.js";
import { Flow, FlowStageBinding, Stage } from "../../entities/flow.js";
import { newId } from "../auth/secrets.js";

interface FlowBlueprint {
  slug: string;
  name: string;
  title: string;
  designation: TFlowDesignation;
  stages: { name: string; type: string; settings: Record<string, unknown> }[];
}

const defaultFlows: FlowBlueprint[] = [
  {
    slug: "default-authentication-flow",
    name: "Welcome to Roster!",
    title: "Welcome to Roster!",
    designation: "authentication",
    stages: [
      { name: "default-authentication-identification", type: "identification", settings: { userFields: ["username", "email"] } },
      { name: "default-authentication-password", type: "password", settings: {} },
      { name: "default-authentication-mfa-validation", type: "authenticator_validate", settings: { deviceClasses: ["totp", "webauthn", "static"], notConfiguredAction: "skip", configureDeviceClass: "totp" } },
      { name: "default-authentication-login", type: "user_login", settings: {} },
    ],
  },
  {
    slug: "default-invalidation-flow",
    name: "Logout",
    title: "Logout",
    designation: "invalidation",
    stages: [{ name: "default-invalidation-logout", type: "user_logout", settings: {} }],
  },
  {
    slug: defaultAuthorizationFlow,
    name: "Authorize Application",
    title: "Redirecting to %(app)s",
    designation: "authorization",
    stages: [{ name: "default-provider-authorization-consent", type: "consent", settings: { mode: "expiring", consentExpirySeconds: defaultConsentExpirySeconds } }],
  },
  {
    slug: implicitAuthorizationFlow,
    name: "Authorize Application",
    title: "Redirecting to %(app)s",
    designation: "authorization",
    stages: [],
  },
  ...authenticatorSetupFlows(),
];

/** The setup flows a signed-in user runs from Settings (SPEC §12); migration v13 adds them to an existing install. */
function authenticatorSetupFlows(): FlowBlueprint[] {
  const setups = [
    { kind: "totp", title: "Set up an authenticator app" },
    { kind: "static", title: "Recovery codes" },
    { kind: "webauthn", title: "Add a passkey" },
  ] as const;
  return setups.map(({ kind, title }) => {
    const slug = `default-authenticator-${kind}-setup`;
    return { slug, name: slug, title, designation: "stage_configuration", stages: [{ name: slug, type: `authenticator_${kind}`, settings: {} }] };
  });
}

export async function ensureDefaultFlows(em: EntityManager): Promise<void> {
  const ids: Record<string, string> = {};
  for (const blueprint of defaultFlows) {
    const existing = await em.findOne(Flow, { slug: blueprint.slug });
    ids[blueprint.slug] = existing?.id ?? (await createFlow(em, blueprint));
  }
  const brand = await em.findOne(Brand, { default: true });
  if (!brand) {
    em.create(Brand, {
      id: newId(),
      domain: "roster-default",
      default: true,
      title: "Roster",
      flowAuthenticationId: ids["default-authentication-flow"] ?? null,
      flowInvalidationId: ids["default-invalidation-flow"] ?? null,
    });
  }
  await em.flush();
}

async function createFlow(em: EntityManager, blueprint: FlowBlueprint): Promise<string> {
  const flow = em.create(Flow, { id: newId(), slug: blueprint.slug, name: blueprint.name, title: blueprint.title, designation: blueprint.designation });
  const stages: Stage[] = [];
  for (const spec of blueprint.stages) stages.push((await em.findOne(Stage, { name: spec.name })) ?? em.create(Stage, { id: newId(), ...spec }));
  // Bindings refer to rows by plain id columns, so the flow and stages must exist first.
  await em.flush();
  stages.forEach((stage, index) => em.create(FlowStageBinding, { id: newId(), flowId: flow.id, stageId: stage.id, order: (index + 1) * 10 }));
  await em.flush();
  return flow.id;
}

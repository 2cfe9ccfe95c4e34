/**
 * Drives a flow for one browser: finds or starts its state, answers the current stage, runs the
 * non-interactive stages that follow, and returns the next challenge, a redirect or a denial.
 * The browser is recognised by a flow cookie whose hash keys the state row.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type RequestOrigin, type TFlowExecuteInput, type TFlowResult, type TStageType } from "@roster/core";
import { Flow, FlowStageBinding, FlowState, Stage } from "../../entities/flow.js";
import { User } from "../../entities/user.js";
import { hashSecret, newId, newSecret } from "../auth/secrets.js";
import { enterWithInvitation } from "../invitations/enter-with-invitation.js";
import { consumeRecoveryToken } from "../recovery/recovery-tokens.js";
import { inactiveAccountMessage } from "./stages/password.js";
import type { FlowEffects, StageContext, StageOutcome } from "./stage-handler.js";
import { stageHandlers } from "./stages/index.js";

const stateLifetimeMs = 30 * 60 * 1000;

export interface ExecuteFlowOptions {
  flowCookie: string | null;
  origin: RequestOrigin;
  currentSessionId: string | null;
  publicUrl: URL;
  /** The device cookie the browser presented, if any. */
  deviceCookie: string | null;
  /** Signs and verifies device cookies. */
  secretKey: string;
}

export const expiredLinkMessage = "This link has expired or was already used.";

export interface ExecuteFlowResult {
  result: TFlowResult;
  /** A new flow cookie to set, when the browser had none. */
  flowCookie?: string;
  effects: FlowEffects;
}

export async function executeFlow(em: EntityManager, input: TFlowExecuteInput, options: ExecuteFlowOptions): Promise<ExecuteFlowResult> {
  const flow = await em.findOne(Flow, { slug: input.slug });
  if (!flow) throw AppError.notFound("Flow");
  const stages = await loadStages(em, flow.id);
  const flowCookie = options.flowCookie ?? newSecret();
  const effects: FlowEffects = {};
  const state = await findOrStartState(em, flow, hashSecret(flowCookie), input.restart === true);
  if (input.token) {
    const denial = flow.designation === "enrollment" ? await enterWithInvitation(em, state, input.token) : await enterWithToken(em, state, input.token);
    if (denial) return { result: denial, effects, ...(options.flowCookie ? {} : { flowCookie }) };
  }

  let response = input.response;
  let result: TFlowResult | undefined;
  while (!result) {
    const stage = stages[state.step];
    if (!stage) {
      result = { type: "redirect", to: typeof state.data.next === "string" ? state.data.next : "/" };
      break;
    }
    const handler = stageHandlers[stage.type as TStageType];
    if (!handler) {
      result = { type: "denied", message: `This flow uses the stage type "${stage.type}", which this server cannot run.` };
      break;
    }
    const context: StageContext = {
      em,
      flow,
      stage,
      state,
      origin: options.origin,
      currentSessionId: options.currentSessionId,
      publicUrl: options.publicUrl,
      deviceCookie: options.deviceCookie,
      secretKey: options.secretKey,
      effects,
    };
    // A skipped stage, or one that decides on entry (move on, or a denial), asks nothing.
    let outcome: StageOutcome | null = handler.skip?.(context) ? { kind: "next" } : ((await handler.enter?.(context)) ?? null);
    if (!outcome) {
      if (handler.run) {
        outcome = await handler.run(context);
      } else if (response && handler.respond) {
        outcome = await handler.respond(context, response);
        response = undefined;
      } else {
        result = await challenge(context, stage.type as TStageType);
        break;
      }
    }
    if (outcome.kind === "next") state.step += 1;
    else if (outcome.kind === "finish") result = outcome.result;
    else result = { ...(await challenge(context, stage.type as TStageType)), ...withoutUndefined({ error: outcome.error, fieldErrors: outcome.fieldErrors }) };
  }

  if (result.type === "challenge") await em.flush();
  else em.remove(state);
  await em.flush();
  return { result, effects, ...(options.flowCookie ? {} : { flowCookie }) };
}

/**
 * A recovery key (from a link or an email) identifies and verifies the person: it is consumed
 * once, and the state remembers its hash so that a reload of the same page resumes the flow.
 */
async function enterWithToken(em: EntityManager, state: FlowState, token: string): Promise<TFlowResult | null> {
  const tokenHash = hashSecret(token);
  if (state.data.tokenHash === tokenHash) return null;
  const userId = await consumeRecoveryToken(em, token);
  const user = userId ? await em.findOne(User, { id: userId }) : null;
  if (!user) return { type: "denied", message: expiredLinkMessage };
  if (!user.isActive) return { type: "denied", message: inactiveAccountMessage };
  state.step = 0;
  state.userId = user.id;
  state.data = { viaToken: true, tokenHash, authenticated: true, method: "recovery" };
  await em.flush();
  return null;
}

async function loadStages(em: EntityManager, flowId: string): Promise<Stage[]> {
  const bindings = await em.find(FlowStageBinding, { flowId }, { orderBy: { order: "asc" } });
  const stages = await em.find(Stage, { id: { $in: bindings.map((binding) => binding.stageId) } });
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return bindings.flatMap((binding) => byId.get(binding.stageId) ?? []);
}

async function findOrStartState(em: EntityManager, flow: Flow, keyHash: string, restart: boolean): Promise<FlowState> {
  const existing = await em.findOne(FlowState, { keyHash, flowId: flow.id });
  if (existing && !restart && existing.expires > new Date()) return existing;
  if (existing) {
    em.remove(existing);
    await em.flush();
  }
  return em.create(FlowState, { id: newId(), keyHash, flowId: flow.id, expires: new Date(Date.now() + stateLifetimeMs) });
}

async function challenge(context: StageContext, component: TStageType): Promise<Extract<TFlowResult, { type: "challenge" }>> {
  const handler = stageHandlers[component];
  const fields = handler?.challenge ? await handler.challenge(context) : {};
  return {
    type: "challenge",
    component,
    flow: { slug: context.flow.slug, title: context.flow.title || context.flow.name, designation: context.flow.designation },
    pendingUser: await pendingUserLabel(context),
    ...fields,
  };
}

async function pendingUserLabel({ em, state }: StageContext): Promise<string | null> {
  if (typeof state.data.uid === "string") return state.data.uid;
  if (!state.userId) return null;
  const user = await em.findOne(User, { id: state.userId }, { fields: ["username"] });
  return user?.username ?? null;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}

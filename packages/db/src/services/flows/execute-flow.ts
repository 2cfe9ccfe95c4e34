/**
 * Drives a flow for one browser: finds or starts its state, answers the current stage, runs the
 * non-interactive stages that follow, and returns the next challenge, a redirect or a denial.
 * The browser is recognised by a flow cookie whose hash keys the state row. A stage that requires
 * a proof runs only for the user proven in this execution (flow-subject.ts), checked here once
 * rather than by each stage. The request is not one transaction: the sign-in throttle must count
 * an attempt on its own (and never hold a counter's lock while a password is hashed, which would
 * queue every sign-in from one address); the stages that write several rows (user_write,
 * user_login, enrollment) each write them in one transaction.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type RequestOrigin, type TFlowExecuteInput, type TFlowResult, type TStageType } from "@roster/core";
import { Flow, FlowStageBinding, Stage } from "../../entities/flow.js";
import { User } from "../../entities/user.js";
import { hashSecret, newSecret } from "../auth/secrets.js";
import { enterWithInvitation } from "../invitations/enter-with-invitation.js";
import { consumeRecoveryToken } from "../recovery/recovery-tokens.js";
import { flowMessages } from "./flow-messages.js";
import { findOrStartRun, saveRun, type FlowRun } from "./flow-run.js";
import { loadProvenUser } from "./proven-user.js";
import { noRequirement, type FlowEffects, type ProvenUser, type StageContext, type StageHandler, type StageOutcome, type StageRequirement } from "./stage-handler.js";
import { stageHandlers } from "./stages/index.js";

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

export const expiredLinkMessage = flowMessages.expiredLink;

export interface ExecuteFlowResult {
  result: TFlowResult;
  /** A new flow cookie to set, when the browser had none. */
  flowCookie?: string;
  effects: FlowEffects;
}

export async function executeFlow(em: EntityManager, input: TFlowExecuteInput, options: ExecuteFlowOptions): Promise<ExecuteFlowResult> {
  const flow = await em.findOne(Flow, { slug: input.slug });
  if (!flow) throw AppError.notFound("Flow");
  const startedAt = performance.now();
  const flowCookie = options.flowCookie ?? newSecret();
  const effects: FlowEffects = {};
  const result = await executeSteps(em, flow, input, options, hashSecret(flowCookie), effects);
  if (effects.answerAfterMs) await delay(startedAt + effects.answerAfterMs - performance.now());
  return { result, effects, ...(options.flowCookie ? {} : { flowCookie }) };
}

async function executeSteps(
  em: EntityManager,
  flow: Flow,
  input: TFlowExecuteInput,
  options: ExecuteFlowOptions,
  keyHash: string,
  effects: FlowEffects,
): Promise<TFlowResult> {
  const stages = await loadStages(em, flow.id);
  const run = await findOrStartRun(em, flow.id, keyHash, input.restart === true);
  if (input.token) {
    const denial = flow.designation === "enrollment" ? await enterWithInvitation(em, run, input.token) : await enterWithRecoveryKey(em, run, input.token);
    if (denial) {
      em.remove(run.state);
      return denial;
    }
  }

  let response = input.response;
  let result: TFlowResult | undefined;
  const provenUsers = new Map<string, ProvenUser>();
  while (!result) {
    const stage = stages[run.state.step];
    if (!stage) {
      result = { type: "redirect", to: "/" };
      break;
    }
    const handler = stageHandlers[stage.type as TStageType];
    if (!handler) {
      result = { type: "denied", message: flowMessages.unknownStageType(stage.type) };
      break;
    }
    const context: StageContext = {
      em,
      flow,
      stage,
      subject: run.subject,
      scratch: run.scratch,
      origin: options.origin,
      currentSessionId: options.currentSessionId,
      publicUrl: options.publicUrl,
      deviceCookie: options.deviceCookie,
      secretKey: options.secretKey,
      effects,
      user: null,
    };
    if (handler.skip?.(context)) {
      run.state.step += 1;
      continue;
    }
    const requirement = requirementOf(handler, stage);
    if (requirement.requires === "proven") {
      const proven = await loadProvenUser(em, run.subject, options.currentSessionId, provenUsers);
      if ("denied" in proven) {
        result = { type: "denied", message: proven.denied ?? requirement.unproven };
        break;
      }
      context.user = proven.user;
    }
    // A stage that decides on entry (move on, or a denial) asks nothing.
    let outcome: StageOutcome | null = (await handler.enter?.(context)) ?? null;
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
    if (outcome.kind === "next") run.state.step += 1;
    else if (outcome.kind === "finish") result = outcome.result;
    else result = { ...(await challenge(context, stage.type as TStageType)), ...withoutUndefined({ error: outcome.error, fieldErrors: outcome.fieldErrors }) };
  }

  if (result.type === "challenge") saveRun(run);
  else em.remove(run.state);
  await em.flush();
  return result;
}

function requirementOf(handler: StageHandler, stage: Stage): StageRequirement {
  const { requirement } = handler;
  if (!requirement) return noRequirement;
  return typeof requirement === "function" ? requirement(stage) : requirement;
}

/**
 * A recovery key (from a link or an email) identifies and proves the person: it is consumed
 * once, and the state remembers its hash so that a reload of the same page resumes the flow.
 */
async function enterWithRecoveryKey(em: EntityManager, run: FlowRun, token: string): Promise<TFlowResult | null> {
  const tokenHash = hashSecret(token);
  if (run.subject.entry?.tokenHash === tokenHash) return null;
  const userId = await consumeRecoveryToken(em, token);
  const user = userId ? await em.findOne(User, { id: userId }, { fields: ["isActive"] }) : null;
  if (!user) return { type: "denied", message: flowMessages.expiredLink };
  if (!user.isActive) return { type: "denied", message: flowMessages.inactiveAccount };
  run.restart();
  run.subject.enterWithRecoveryKey(user.id, tokenHash);
  return null;
}

async function loadStages(em: EntityManager, flowId: string): Promise<Stage[]> {
  const bindings = await em.find(FlowStageBinding, { flowId }, { orderBy: { order: "asc" } });
  const stages = await em.find(Stage, { id: { $in: bindings.map((binding) => binding.stageId) } });
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return bindings.flatMap((binding) => byId.get(binding.stageId) ?? []);
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

async function pendingUserLabel({ em, subject }: StageContext): Promise<string | null> {
  if (subject.typedName) return subject.typedName;
  if (!subject.pendingUserId) return null;
  const user = await em.findOne(User, { id: subject.pendingUserId }, { fields: ["username"] });
  return user?.username ?? null;
}

async function delay(ms: number): Promise<void> {
  if (ms > 0) await sleep(ms);
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}

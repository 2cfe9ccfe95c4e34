/** The contract every stage type implements for the flow executor. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FieldErrors, RequestOrigin, TFlowChallenge, TFlowResult, TStageType } from "@roster/core";
import type { Flow, Stage } from "../../entities/flow.js";
import type { TFlowScratch } from "./flow-context.js";
import type { FlowSubject } from "./flow-subject.js";

export interface FlowEffects {
  /** Set by user_login: the new session's cookie value. */
  sessionCookie?: string;
  /** Set by user_logout: the session to end. */
  endSession?: boolean;
  /** Set by a successful password check: a device cookie for the user who signed in. */
  deviceCookie?: string;
  /** Set by a stage whose answer must not reveal, by its timing, whether an account exists: the least time the request takes. */
  answerAfterMs?: number;
}

/** The user a stage that requires a proof acts on: proven in this execution, active, not a service account. */
export interface ProvenUser {
  id: string;
  username: string;
  name: string;
}

export interface StageContext {
  em: EntityManager;
  flow: Flow;
  stage: Stage;
  /** Who the flow is about and what was proven: the only way a stage identifies or proves anyone. */
  subject: FlowSubject;
  /** The stages' own notes, kept between requests. */
  scratch: TFlowScratch;
  origin: RequestOrigin;
  /** The session making the request, if any. */
  currentSessionId: string | null;
  /** Where links (recovery emails) point. */
  publicUrl: URL;
  /** The device cookie the browser presented, if any (see auth/device-cookies.ts). */
  deviceCookie: string | null;
  /** Signs and verifies device cookies. */
  secretKey: string;
  effects: FlowEffects;
  /** For stages that require a proof: the proven user (see StageRequirement). */
  user: ProvenUser | null;
}

export type StageOutcome =
  | { kind: "next" }
  | { kind: "retry"; error?: string; fieldErrors?: FieldErrors }
  | { kind: "finish"; result: TFlowResult };

/** A challenge may name another component than its stage type (authenticator_validate asking for a setup). */
export type ChallengeFields = Omit<TFlowChallenge, "type" | "component" | "flow" | "pendingUser"> & { component?: TStageType };

export type EntryOutcome = Exclude<StageOutcome, { kind: "retry" }>;

/**
 * What a stage needs before it may run, checked by the executor (never by the stage):
 * `none` — anyone, proven or not (identification, password, prompt…); `proven` — a user proven in
 * this execution, loaded once and handed to the stage as `user` (user_login, user_write on an
 * account, authenticator setup and validation); otherwise the flow ends, saying `unproven`.
 */
export type StageRequirement = { requires: "none" } | { requires: "proven"; unproven: string };

export interface StageHandler {
  /** What the stage needs (default: none); a function when it depends on the stage's settings. */
  requirement?: StageRequirement | ((stage: Stage) => StageRequirement);
  /** Stages that have nothing to do in this state (identification after a recovery link). */
  skip?(context: StageContext): boolean;
  /** Checked before the stage asks or answers: an outcome here (move on, or a denial) ends the stage. */
  enter?(context: StageContext): Promise<EntryOutcome | null>;
  /** Interactive stages: what to ask. */
  challenge?(context: StageContext): Promise<ChallengeFields> | ChallengeFields;
  /** Interactive stages: check the answer. */
  respond?(context: StageContext, response: Record<string, unknown>): Promise<StageOutcome>;
  /** Non-interactive stages: do the work and move on. */
  run?(context: StageContext): Promise<StageOutcome>;
}

export const next: StageOutcome = { kind: "next" };

export const noRequirement: StageRequirement = { requires: "none" };

export function requiresProof(unproven: string): StageRequirement {
  return { requires: "proven", unproven };
}

/** The proven user of a stage that requires one (the executor let it in only with one). */
export function provenUser({ user }: StageContext): ProvenUser {
  if (!user) throw new Error("This stage runs only for a proven user; its requirement must say so.");
  return user;
}

/** The contract every stage type implements for the flow executor. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FieldErrors, RequestOrigin, TFlowChallenge, TFlowResult, TStageType } from "@roster/core";
import type { Flow, FlowState, Stage } from "../../entities/flow.js";

export interface FlowEffects {
  /** Set by user_login: the new session's cookie value. */
  sessionCookie?: string;
  /** Set by user_logout: the session to end. */
  endSession?: boolean;
  /** Set by a successful password check: a device cookie for the user who signed in. */
  deviceCookie?: string;
}

export interface StageContext {
  em: EntityManager;
  flow: Flow;
  stage: Stage;
  state: FlowState;
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
}

export type StageOutcome =
  | { kind: "next" }
  | { kind: "retry"; error?: string; fieldErrors?: FieldErrors }
  | { kind: "finish"; result: TFlowResult };

/** A challenge may name another component than its stage type (authenticator_validate asking for a setup). */
export type ChallengeFields = Omit<TFlowChallenge, "type" | "component" | "flow" | "pendingUser"> & { component?: TStageType };

export type EntryOutcome = Exclude<StageOutcome, { kind: "retry" }>;

export interface StageHandler {
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

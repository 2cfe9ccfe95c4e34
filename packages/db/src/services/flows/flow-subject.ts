/**
 * Who a flow execution is about, and what it has proven — the one writer of the pending user and
 * the proof (FLOWS.md). The rule lives here and nowhere else:
 * - `identify` names the pending user; a proof earned for anyone else is dropped, so no stage
 *   sequence can carry one user's password over to another account;
 * - `prove` adds a method to the proof of the pending user only;
 * - `provenUserId` is the one reader: the pending user when proven in this execution, or the
 *   browser's own signed-in user (not an impersonation) when the flow names nobody else.
 * Stages receive this object, never the raw state, so they cannot write identity themselves.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FlowState } from "../../entities/flow.js";
import { sql } from "../../sql.js";
import type { TFlowContext, TFlowEntry, TFlowProof, TProofMethod } from "./flow-context.js";

export class FlowSubject {
  readonly #state: FlowState;
  #uid: string | undefined;
  #proof: TFlowProof | undefined;
  #entry: TFlowEntry | undefined;

  constructor(state: FlowState, context: Pick<TFlowContext, "uid" | "proof" | "entry">) {
    this.#state = state;
    this.#uid = context.uid;
    this.#entry = context.entry;
    // A proof stored beside another pending user (never written so, but read defensively) counts for nothing.
    this.#proof = context.proof?.userId === state.userId ? context.proof : undefined;
  }

  /** The user the flow is about so far; null before identification, or when the name matched nobody. */
  get pendingUserId(): string | null {
    return this.#state.userId;
  }

  /** What the visitor typed to identify themselves ("" when nothing was asked). */
  get typedName(): string {
    return this.#uid ?? "";
  }

  get entry(): TFlowEntry | undefined {
    return this.#entry;
  }

  /** The proof of the pending user, or null. */
  get proof(): Readonly<TFlowProof> | null {
    return this.#proof ?? null;
  }

  /** Whether the pending user was proven by a recovery key: the stages that identify and verify have nothing left to do. */
  get enteredWithRecoveryKey(): boolean {
    return this.#entry?.kind === "recovery" && this.#proof?.methods.includes("recovery_link") === true;
  }

  /** Names the pending user. Any proof for someone else is dropped. */
  identify(userId: string | null, typedName?: string): void {
    if (this.#proof && this.#proof.userId !== userId) this.#proof = undefined;
    this.#state.userId = userId;
    if (typedName !== undefined) this.#uid = typedName;
  }

  /** Records that the pending user proved one more method. */
  prove(userId: string, method: TProofMethod): void {
    if (this.#state.userId !== userId) throw new Error("A flow proves only its pending user.");
    if (!this.#proof) this.#proof = { userId, methods: [method], at: new Date().toISOString() };
    else if (!this.#proof.methods.includes(method)) this.#proof = { ...this.#proof, methods: [...this.#proof.methods, method] };
  }

  /** A recovery key (a link or an emailed key) identifies and proves its user at once. */
  enterWithRecoveryKey(userId: string, tokenHash: string): void {
    this.#entry = { kind: "recovery", tokenHash };
    this.identify(userId, "");
    this.prove(userId, "recovery_link");
  }

  /** An invitation link starts the flow for nobody yet. */
  enterWithInvitation(invitationId: string, tokenHash: string): void {
    this.#entry = { kind: "invitation", tokenHash, invitationId };
    this.identify(null, "");
  }

  /**
   * The user this execution may act on: the pending user when proven here, or else the browser's
   * own signed-in user (never an impersonation session) when the flow names nobody or names them —
   * who then becomes the pending user, proven by their session.
   */
  async provenUserId(em: EntityManager, currentSessionId: string | null): Promise<string | null> {
    if (this.#proof) return this.#proof.userId;
    if (!currentSessionId) return null;
    const rows = await sql<{ user_id: string }>(em, "SELECT user_id FROM sessions WHERE id = ? AND impersonator_id IS NULL", [currentSessionId]);
    const sessionUser = rows[0]?.user_id ?? null;
    if (!sessionUser || (this.#state.userId !== null && this.#state.userId !== sessionUser)) return null;
    this.identify(sessionUser);
    this.prove(sessionUser, "session");
    return sessionUser;
  }

  /** The identity part of the stored context. */
  toContext(): Pick<TFlowContext, "uid" | "proof" | "entry"> {
    return { uid: this.#uid, proof: this.#proof, entry: this.#entry };
  }
}

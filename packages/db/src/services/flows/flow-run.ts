/**
 * One browser's execution of one flow, as the executor holds it during a request: the state row,
 * its subject (identity and proof) and the stages' scratch, read from the typed context and
 * written back to it. A stored context this version cannot read starts the flow afresh.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { FlowState } from "../../entities/flow.js";
import { newId } from "../auth/secrets.js";
import { readFlowContext, type TFlowScratch } from "./flow-context.js";
import { FlowSubject } from "./flow-subject.js";

const stateLifetimeMs = 30 * 60 * 1000;

export interface FlowRun {
  state: FlowState;
  subject: FlowSubject;
  scratch: TFlowScratch;
  /** Back to the first stage with nothing remembered (a link opened the flow anew). */
  restart(): void;
}

export async function findOrStartRun(em: EntityManager, flowId: string, keyHash: string, restart: boolean): Promise<FlowRun> {
  const existing = await em.findOne(FlowState, { keyHash, flowId });
  const context = existing ? readFlowContext(existing.data) : null;
  if (existing && context && !restart && existing.expires > new Date()) {
    const { uid, proof, entry, ...scratch } = context;
    return runOf(existing, new FlowSubject(existing, { uid, proof, entry }), scratch);
  }
  if (existing) {
    em.remove(existing);
    await em.flush();
  }
  const state = em.create(FlowState, { id: newId(), keyHash, flowId, expires: new Date(Date.now() + stateLifetimeMs) });
  return runOf(state, new FlowSubject(state, {}), {});
}

function runOf(state: FlowState, subject: FlowSubject, scratch: TFlowScratch): FlowRun {
  const run: FlowRun = {
    state,
    subject,
    scratch,
    restart() {
      state.step = 0;
      run.scratch = {};
      run.subject = new FlowSubject(state, {});
      run.subject.identify(null, "");
    },
  };
  return run;
}

/** Writes the context back to the state row (flushed with the request's transaction). */
export function saveRun(run: FlowRun): void {
  run.state.data = JSON.parse(JSON.stringify({ ...run.scratch, ...run.subject.toContext() })) as Record<string, unknown>;
}

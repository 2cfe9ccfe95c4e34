/** The `model_created` / `model_updated` / `model_deleted` events every admin mutation writes. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "@roster/core";
import { recordEvent } from "./record-event.js";

export type ModelAction = "model_created" | "model_updated" | "model_deleted";

export interface ModelRef {
  model: string;
  pk: string;
  name: string;
}

export function recordModelEvent(
  em: EntityManager,
  actor: Actor,
  action: ModelAction,
  ref: ModelRef,
  extra: { changes?: Record<string, { from: unknown; to: unknown }>; targetUserId?: string | null; [key: string]: unknown } = {},
): Promise<string> {
  const { targetUserId, ...context } = extra;
  return recordEvent(em, {
    action,
    actor,
    origin: actor,
    targetUserId: targetUserId ?? (ref.model === "user" ? ref.pk : null),
    context: { ...ref, ...context },
  });
}

/** The fields whose values differ, as `{field: {from, to}}`. */
export function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[key];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

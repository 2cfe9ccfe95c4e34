import { EntitySchema, type Opt } from "@mikro-orm/core";

/** Audit log row, append-only. The actor's username is kept as text so it outlives the user. */
export class AuditEvent {
  id!: string;
  action!: string;
  userId: string | null = null;
  username: string & Opt = "";
  onBehalfOfId: string | null = null;
  onBehalfOfUsername: string | null = null;
  targetUserId: string | null = null;
  context: Record<string, unknown> & Opt = {};
  clientIp: string & Opt = "";
  brand: string & Opt = "";
  createdAt: Date & Opt = new Date();
  expires!: Date;
}

export const AuditEventSchema = new EntitySchema<AuditEvent>({
  class: AuditEvent,
  tableName: "events",
  properties: {
    id: { type: "uuid", primary: true },
    action: { type: "text" },
    userId: { type: "uuid", nullable: true },
    username: { type: "text" },
    onBehalfOfId: { type: "uuid", nullable: true },
    onBehalfOfUsername: { type: "text", nullable: true },
    targetUserId: { type: "uuid", nullable: true },
    context: { type: "json" },
    clientIp: { type: "text" },
    brand: { type: "text" },
    createdAt: { type: "datetime" },
    expires: { type: "datetime" },
  },
});

import { EntitySchema, type Opt } from "@mikro-orm/core";

/** A signed-in browser. Only the SHA-256 of the cookie value is stored. */
export class Session {
  id!: string;
  userId!: string;
  tokenHash!: string;
  createdAt: Date & Opt = new Date();
  lastUsed: Date & Opt = new Date();
  expires!: Date;
  lastIp: string & Opt = "";
  userAgent: string & Opt = "";
  impersonatorId: string | null = null;
  impersonationReason: string | null = null;
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: "sessions",
  properties: {
    id: { type: "uuid", primary: true },
    userId: { type: "uuid" },
    tokenHash: { type: "text", hidden: true },
    createdAt: { type: "datetime" },
    lastUsed: { type: "datetime" },
    expires: { type: "datetime" },
    lastIp: { type: "text" },
    userAgent: { type: "text" },
    impersonatorId: { type: "uuid", nullable: true },
    impersonationReason: { type: "text", nullable: true },
  },
});

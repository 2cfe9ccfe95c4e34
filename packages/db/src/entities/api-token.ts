import { EntitySchema, type Opt } from "@mikro-orm/core";

export type TTokenIntent = "api" | "recovery" | "app_password";

/** An API or recovery token. Only the SHA-256 of the key is stored. */
export class ApiToken {
  id!: string;
  identifier!: string;
  userId!: string;
  keyHash!: string;
  intent: TTokenIntent & Opt = "api";
  expiring: boolean & Opt = true;
  expires: Date | null = null;
  description: string & Opt = "";
  lastUsed: Date | null = null;
  createdAt: Date & Opt = new Date();
}

export const ApiTokenSchema = new EntitySchema<ApiToken>({
  class: ApiToken,
  tableName: "api_tokens",
  properties: {
    id: { type: "uuid", primary: true },
    identifier: { type: "text" },
    userId: { type: "uuid" },
    keyHash: { type: "text", hidden: true },
    intent: { type: "text" },
    expiring: { type: "boolean" },
    expires: { type: "datetime", nullable: true },
    description: { type: "text" },
    lastUsed: { type: "datetime", nullable: true },
    createdAt: { type: "datetime" },
  },
});

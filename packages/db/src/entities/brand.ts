import { EntitySchema, type Opt } from "@mikro-orm/core";

export class Brand {
  id!: string;
  domain!: string;
  default: boolean & Opt = false;
  title: string & Opt = "Roster";
  flowAuthenticationId: string | null = null;
  flowRecoveryId: string | null = null;
  flowInvalidationId: string | null = null;
  flowEnrollmentId: string | null = null;
  defaultUserPath: string & Opt = "users";
  attributes: Record<string, unknown> & Opt = {};
  createdAt: Date & Opt = new Date();
}

export const BrandSchema = new EntitySchema<Brand>({
  class: Brand,
  tableName: "brands",
  properties: {
    id: { type: "uuid", primary: true },
    domain: { type: "text" },
    default: { type: "boolean" },
    title: { type: "text" },
    flowAuthenticationId: { type: "uuid", nullable: true },
    flowRecoveryId: { type: "uuid", nullable: true },
    flowInvalidationId: { type: "uuid", nullable: true },
    flowEnrollmentId: { type: "uuid", nullable: true },
    defaultUserPath: { type: "text" },
    attributes: { type: "json" },
    createdAt: { type: "datetime" },
  },
});

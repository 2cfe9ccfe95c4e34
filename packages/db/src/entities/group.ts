import { EntitySchema, type Opt } from "@mikro-orm/core";

/** Memberships, parents and roles live in pivot tables managed by the group services. */
export class Group {
  id!: string;
  name!: string;
  isSuperuser: boolean & Opt = false;
  attributes: Record<string, unknown> & Opt = {};
  createdAt: Date & Opt = new Date();
}

export const GroupSchema = new EntitySchema<Group>({
  class: Group,
  tableName: "groups",
  properties: {
    id: { type: "uuid", primary: true },
    name: { type: "text" },
    isSuperuser: { type: "boolean" },
    attributes: { type: "json" },
    createdAt: { type: "datetime" },
  },
});

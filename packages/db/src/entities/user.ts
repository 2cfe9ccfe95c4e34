import { EntitySchema, type Opt } from "@mikro-orm/core";
import type { TUserType } from "@roster/core";

export type { TUserType };

export class User {
  id!: string;
  username!: string;
  name: string & Opt = "";
  email: string & Opt = "";
  isActive: boolean & Opt = true;
  path: string & Opt = "users";
  type: TUserType & Opt = "internal";
  attributes: Record<string, unknown> & Opt = {};
  passwordHash: string | null = null;
  passwordChangeDate: Date | null = null;
  lastLogin: Date | null = null;
  dateJoined: Date & Opt = new Date();
  lastUpdated: Date & Opt = new Date();
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: "users",
  properties: {
    id: { type: "uuid", primary: true },
    username: { type: "text" },
    name: { type: "text" },
    email: { type: "text" },
    isActive: { type: "boolean" },
    path: { type: "text" },
    type: { type: "text" },
    attributes: { type: "json" },
    passwordHash: { type: "text", nullable: true, hidden: true, lazy: true },
    passwordChangeDate: { type: "datetime", nullable: true },
    lastLogin: { type: "datetime", nullable: true },
    dateJoined: { type: "datetime" },
    lastUpdated: { type: "datetime", onUpdate: () => new Date() },
  },
});

import { EntitySchema, type Opt } from "@mikro-orm/core";

export class Role {
  id!: string;
  name!: string;
  createdAt: Date & Opt = new Date();
}

export const RoleSchema = new EntitySchema<Role>({
  class: Role,
  tableName: "roles",
  properties: {
    id: { type: "uuid", primary: true },
    name: { type: "text" },
    createdAt: { type: "datetime" },
  },
});

/** A codename granted to a role, globally (no object) or on one object. */
export class RolePermission {
  id!: string;
  roleId!: string;
  codename!: string;
  objectType: string | null = null;
  objectId: string | null = null;
  createdAt: Date & Opt = new Date();
}

export const RolePermissionSchema = new EntitySchema<RolePermission>({
  class: RolePermission,
  tableName: "role_permissions",
  properties: {
    id: { type: "uuid", primary: true },
    roleId: { type: "uuid" },
    codename: { type: "text" },
    objectType: { type: "text", nullable: true },
    objectId: { type: "uuid", nullable: true },
    createdAt: { type: "datetime" },
  },
});

/** A role's grants: list them with the names of their objects, grant one, revoke one. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, checkPermissionGrant, describePermission, missingObjectMessage, type Actor, type TCheckedGrant, type TPermissionGrantInput, type TRolePermission } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { assertMayGrantPermission } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { permissionObjectExists, permissionObjectNames } from "./permission-objects.js";

interface GrantRow {
  id: string;
  codename: string;
  object_type: string | null;
  object_id: string | null;
}

const matchesGrant = "role_id = ? AND codename = ? AND object_type IS NOT DISTINCT FROM ?::text AND object_id IS NOT DISTINCT FROM ?::uuid";

function grantParams(roleId: string, grant: TCheckedGrant): unknown[] {
  return [roleId, grant.codename, grant.object?.type ?? null, grant.object?.id ?? null];
}

async function toRolePermissions(em: EntityManager, rows: readonly GrantRow[]): Promise<TRolePermission[]> {
  const names = await permissionObjectNames(
    em,
    rows.flatMap((row) => (row.object_type && row.object_id ? [{ type: row.object_type, id: row.object_id }] : [])),
  );
  return rows.map((row) => ({
    id: row.id,
    codename: row.codename,
    description: describePermission(row.codename),
    objectType: row.object_type,
    objectId: row.object_id,
    objectName: row.object_type && row.object_id ? (names.get(`${row.object_type}:${row.object_id}`) ?? null) : null,
  }));
}

async function roleName(em: EntityManager, roleId: string, lock: boolean): Promise<string> {
  const rows = await sql<{ name: string }>(em, `SELECT name FROM roles WHERE id = ?${lock ? " FOR UPDATE" : ""}`, [roleId]);
  if (!rows[0]) throw AppError.notFound("Role");
  return rows[0].name;
}

export async function listRolePermissions(em: EntityManager, roleId: string): Promise<TRolePermission[]> {
  await roleName(em, roleId, false);
  const rows = await sql<GrantRow>(em, "SELECT id, codename, object_type, object_id FROM role_permissions WHERE role_id = ? ORDER BY codename, object_type NULLS FIRST, object_id", [roleId]);
  return toRolePermissions(em, rows);
}

/** Grants a permission; granting one the role already holds changes nothing and returns it. */
export async function assignRolePermission(em: EntityManager, actor: Actor, input: TPermissionGrantInput): Promise<TRolePermission> {
  const grant = checkPermissionGrant(input);
  assertMayGrantPermission(actor, describeGrant(grant));
  return em.transactional(async (tx) => {
    const name = await roleName(tx, input.roleId, true);
    if (grant.object && !(await permissionObjectExists(tx, grant.object.type, grant.object.id))) {
      throw AppError.field("objectId", missingObjectMessage(grant.object.type));
    }
    const inserted = await sql<{ id: string }>(
      tx,
      "INSERT INTO role_permissions (id, role_id, codename, object_type, object_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
      [newId(), ...grantParams(input.roleId, grant)],
    );
    if (inserted.length > 0) {
      await recordModelEvent(tx, actor, "model_updated", { model: "role", pk: input.roleId, name }, { permissions: { added: [describeGrant(grant)] } });
    }
    const rows = await sql<GrantRow>(tx, `SELECT id, codename, object_type, object_id FROM role_permissions WHERE ${matchesGrant}`, grantParams(input.roleId, grant));
    const [permission] = await toRolePermissions(tx, rows);
    if (!permission) throw new AppError("INTERNAL_SERVER_ERROR", "The permission was not saved.");
    return permission;
  });
}

export async function unassignRolePermission(em: EntityManager, actor: Actor, input: TPermissionGrantInput): Promise<number> {
  const grant = checkPermissionGrant(input);
  return em.transactional(async (tx) => {
    const name = await roleName(tx, input.roleId, true);
    const removed = await sql(tx, `DELETE FROM role_permissions WHERE ${matchesGrant} RETURNING id`, grantParams(input.roleId, grant));
    if (removed.length > 0) {
      await recordModelEvent(tx, actor, "model_updated", { model: "role", pk: input.roleId, name }, { permissions: { removed: [describeGrant(grant)] } });
    }
    return removed.length;
  });
}

function describeGrant(grant: TCheckedGrant): { codename: string; objectType: string | null; objectId: string | null } {
  return { codename: grant.codename, objectType: grant.object?.type ?? null, objectId: grant.object?.id ?? null };
}

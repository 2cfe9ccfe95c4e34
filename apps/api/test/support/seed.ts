/** Writes users, groups and roles straight to the database for list and query tests. */
import { newId, type Database } from "@roster/db";
import { sql } from "@roster/db/testing";

export interface SeedUser {
  username: string;
  name?: string;
  email?: string;
  path?: string;
  isActive?: boolean;
  type?: string;
  attributes?: Record<string, unknown>;
  lastLogin?: string | null;
  dateJoined?: string;
  groups?: string[];
  roles?: string[];
}

export async function seedUsers(database: Database, users: SeedUser[]): Promise<Map<string, string>> {
  const em = database.fork();
  const ids = new Map<string, string>();
  const groupIds = new Map<string, string>();
  const roleIds = new Map<string, string>();
  for (const user of users) {
    const id = newId();
    ids.set(user.username, id);
    await sql(
      em,
      `INSERT INTO users (id, username, name, email, path, is_active, type, attributes, last_login, date_joined)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::timestamptz, coalesce(?::timestamptz, now()))`,
      [id, user.username, user.name ?? "", user.email ?? "", user.path ?? "users", user.isActive ?? true, user.type ?? "internal", JSON.stringify(user.attributes ?? {}), user.lastLogin ?? null, user.dateJoined ?? null],
    );
    for (const group of user.groups ?? []) {
      const groupId = groupIds.get(group) ?? (await ensureNamed(database, "groups", group));
      groupIds.set(group, groupId);
      await sql(em, "INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [groupId, id]);
    }
    for (const role of user.roles ?? []) {
      const roleId = roleIds.get(role) ?? (await ensureNamed(database, "roles", role));
      roleIds.set(role, roleId);
      await sql(em, "INSERT INTO user_roles (role_id, user_id) VALUES (?, ?)", [roleId, id]);
    }
  }
  return ids;
}

export async function ensureNamed(database: Database, table: "groups" | "roles", name: string, extra: { isSuperuser?: boolean } = {}): Promise<string> {
  const em = database.fork();
  const existing = await sql<{ id: string }>(em, `SELECT id FROM ${table} WHERE name = ?`, [name]);
  if (existing[0]) return existing[0].id;
  const id = newId();
  if (table === "groups") await sql(em, "INSERT INTO groups (id, name, is_superuser) VALUES (?, ?, ?)", [id, name, extra.isSuperuser ?? false]);
  else await sql(em, "INSERT INTO roles (id, name) VALUES (?, ?)", [id, name]);
  return id;
}

/** The first admin and the super-user group that bootstrap creates. */
export async function bootstrapIds(database: Database): Promise<{ adminId: string; adminsGroupId: string }> {
  const em = database.fork();
  const admin = await sql<{ id: string }>(em, "SELECT id FROM users WHERE username = 'admin'");
  const admins = await sql<{ id: string }>(em, "SELECT id FROM groups WHERE name = 'admins'");
  return { adminId: admin[0]?.id ?? "", adminsGroupId: admins[0]?.id ?? "" };
}

/** Users who hold exactly the grants a test names, signed in through the login flow. */
import { newId, type Database } from "@roster/db";
import { sql } from "@roster/db/testing";
import type { TestApp } from "../../src/testing/index.js";
import type { TestClient } from "../../src/testing/test-client.js";
import { ensureNamed } from "./seed.js";
import { createUserWithPassword } from "./users.js";

export interface Grant {
  codename: string;
  objectType?: string;
  objectId?: string;
}

/** A role holding these grants, under a fresh name. */
export async function roleWith(database: Database, name: string, grants: readonly Grant[]): Promise<string> {
  const roleId = await ensureNamed(database, "roles", name);
  for (const grant of grants) {
    await sql(database.fork(), "INSERT INTO role_permissions (id, role_id, codename, object_type, object_id) VALUES (?, ?, ?, ?, ?)", [newId(), roleId, grant.codename, grant.objectType ?? null, grant.objectId ?? null]);
  }
  return roleId;
}

export interface DelegatedAdmin {
  id: string;
  roleId: string;
  client: TestClient;
}

/** A signed-in user whose only role holds `grants` (given as a function of the user's own id). */
export async function delegatedAdmin(app: TestApp, username: string, grants: (self: { id: string; roleId: string }) => Grant[]): Promise<DelegatedAdmin> {
  const password = `${username}-password-1`;
  const user = await createUserWithPassword(app, username, password, { email: `${username}@example.com` });
  const roleId = await ensureNamed(app.database, "roles", `${username}-role`);
  for (const grant of grants({ id: user.id, roleId })) {
    await sql(app.database.fork(), "INSERT INTO role_permissions (id, role_id, codename, object_type, object_id) VALUES (?, ?, ?, ?, ?)", [newId(), roleId, grant.codename, grant.objectType ?? null, grant.objectId ?? null]);
  }
  await sql(app.database.fork(), "INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", [user.id, roleId]);
  return { id: user.id, roleId, client: await app.signedIn(username, password) };
}

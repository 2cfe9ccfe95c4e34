/**
 * A user who holds only the given permissions, through a role of their own: what a partial admin
 * sees is asked of the console by several browser tests.
 */
import type { TPermission } from "@roster/core";
import type { TestClient } from "@roster/api/testing";

export interface LimitedAdmin {
  id: string;
  username: string;
  password: string;
}

export async function createLimitedAdmin(api: TestClient["api"], username: string, permissions: readonly TPermission[]): Promise<LimitedAdmin> {
  const password = `${username}-password-1`;
  const user = await api.users.create.mutate({ username, path: "users" });
  await api.users.setPassword.mutate({ id: user.id, password });
  const role = await api.roles.create.mutate({ name: `${username}-role` });
  for (const permission of permissions) await api.roles.assignPermission.mutate({ roleId: role.id, permission });
  await api.users.assignRoles.mutate({ userId: user.id, roleIds: [role.id] });
  return { id: user.id, username, password };
}

/**
 * First start: default flows and brand, then — only when no super-user exists — the `admins`
 * super-user group and the `admin` user, with an API token when one is configured. Idempotent.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { ApiToken } from "../../entities/api-token.js";
import { Group } from "../../entities/group.js";
import { User } from "../../entities/user.js";
import { hashPassword } from "../auth/passwords.js";
import { hashSecret, newId, newSecret } from "../auth/secrets.js";
import { ensureDefaultFlows } from "./default-flows.js";
import { sql } from "../../sql.js";

export interface BootstrapOptions {
  password?: string | undefined;
  email: string;
  token?: string | undefined;
}

export interface BootstrapResult {
  /** Set when the admin was created now. */
  admin: { username: string; password: string; passwordGenerated: boolean } | null;
}

export async function bootstrap(em: EntityManager, options: BootstrapOptions): Promise<BootstrapResult> {
  await ensureDefaultFlows(em);
  return em.transactional(async (tx) => {
    // One bootstrap at a time, even with several API replicas starting together.
    await sql(tx, "SELECT pg_advisory_xact_lock(727001)");
    const superusers = await sql<{ n: number }>(tx, 
      "SELECT count(*)::int AS n FROM group_users gu JOIN groups g ON g.id = gu.group_id JOIN users u ON u.id = gu.user_id WHERE g.is_superuser AND u.is_active",
    );
    if ((superusers[0]?.n ?? 0) > 0) return { admin: null };

    const group = (await tx.findOne(Group, { name: "admins" })) ?? tx.create(Group, { id: newId(), name: "admins", isSuperuser: true });
    group.isSuperuser = true;
    const password = options.password ?? newSecret(15);
    let admin = await tx.findOne(User, { username: "admin" });
    if (!admin) admin = tx.create(User, { id: newId(), username: "admin", name: "Roster administrator", email: options.email, path: "users" });
    admin.isActive = true;
    admin.passwordHash = await hashPassword(password);
    admin.passwordChangeDate = new Date();
    await tx.flush();
    await sql(tx, "INSERT INTO group_users (group_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [group.id, admin.id]);
    if (options.token) {
      const keyHash = hashSecret(options.token);
      if (!(await tx.findOne(ApiToken, { keyHash }))) {
        tx.create(ApiToken, { id: newId(), identifier: "bootstrap-token", userId: admin.id, keyHash, intent: "api", expiring: false, description: "Created from ROSTER_BOOTSTRAP_TOKEN" });
      }
    }
    return { admin: { username: "admin", password, passwordGenerated: options.password === undefined } };
  });
}

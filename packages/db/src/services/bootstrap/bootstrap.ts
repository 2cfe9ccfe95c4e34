/**
 * First start: default flows and brand, then — only on an empty directory (no users but internal
 * service accounts) — the `admins` super-user group and the `admin` user, with an API token when
 * one is configured. Idempotent. It never runs again just because no super-user is active: an
 * admin who deactivated or removed the last one gets back in with `pnpm roster recovery-key`,
 * rather than a restart quietly recreating a known account.
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
  return em.transactional(async (tx) => {
    // One bootstrap at a time, even with several API replicas starting together: the default
    // flows too, whose unique names would otherwise make the slower replica fail.
    await sql(tx, "SELECT pg_advisory_xact_lock(727001)");
    await ensureDefaultFlows(tx);
    // Internal service accounts (outposts) may be provisioned before anyone signs in.
    const people = await sql<{ exists: boolean }>(tx, "SELECT EXISTS (SELECT 1 FROM users WHERE type <> 'internal_service_account') AS exists");
    if (people[0]?.exists) return { admin: null };

    const group = (await tx.findOne(Group, { name: "admins" })) ?? tx.create(Group, { id: newId(), name: "admins", isSuperuser: true });
    group.isSuperuser = true;
    const password = options.password ?? newSecret(15);
    const admin = tx.create(User, { id: newId(), username: "admin", name: "Roster administrator", email: options.email, path: "users" });
    admin.passwordHash = await hashPassword(password);
    admin.passwordChangeDate = new Date();
    await tx.flush();
    await sql(tx, "INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [group.id, admin.id]);
    if (options.token) {
      const keyHash = hashSecret(options.token);
      if (!(await tx.findOne(ApiToken, { keyHash }))) {
        tx.create(ApiToken, { id: newId(), identifier: "bootstrap-token", userId: admin.id, keyHash, intent: "api", expiring: false, description: "Created from ROSTER_BOOTSTRAP_TOKEN" });
      }
    }
    return { admin: { username: "admin", password, passwordGenerated: options.password === undefined } };
  });
}

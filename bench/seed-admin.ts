/**
 * The benchmark's admin, holding the API token the measurements use. The API's bootstrap creates
 * the first admin only on an empty directory, and the seeded one is not empty, so the bench
 * writes its admin itself: the `admins` super-user group, the `admin` user in it, and the token.
 */
import pg from "pg";
import { hashPassword, hashSecret, newId, newSecret } from "@roster/db";

export async function seedAdmin(url: string, token: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const groupId = newId();
    const adminId = newId();
    await client.query("BEGIN");
    await client.query("INSERT INTO groups (id, name, is_superuser) VALUES ($1, 'admins', true)", [groupId]);
    await client.query("INSERT INTO users (id, username, name, email, password_hash, password_change_date) VALUES ($1, 'admin', 'Roster administrator', 'admin@localhost', $2, now())", [adminId, await hashPassword(newSecret(15))]);
    await client.query("INSERT INTO group_users (group_id, user_id) VALUES ($1, $2)", [groupId, adminId]);
    await client.query("INSERT INTO api_tokens (id, identifier, user_id, key_hash, intent, expiring, description) VALUES ($1, 'bench-token', $2, $3, 'api', false, 'pnpm bench')", [newId(), adminId, hashSecret(token)]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

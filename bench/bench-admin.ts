/**
 * The benchmark's caller: a super-user with an API token, written straight to the seeded
 * database. The product's bootstrap runs only on an empty directory, and the seed has just
 * filled it, so the bench makes its own admin, as an operator's tool would.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import pg from "pg";

export async function createBenchAdmin(databaseUrl: string): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const userId = randomUUID();
    const groupId = randomUUID();
    await client.query("BEGIN");
    await client.query("INSERT INTO users (id, username, path) VALUES ($1, 'bench-admin', 'roster/bench')", [userId]);
    await client.query("INSERT INTO groups (id, name, is_superuser) VALUES ($1, 'bench-admins', true)", [groupId]);
    await client.query("INSERT INTO group_users (group_id, user_id) VALUES ($1, $2)", [groupId, userId]);
    await client.query("INSERT INTO api_tokens (id, identifier, user_id, key_hash, intent, expiring, description) VALUES ($1, 'bench-token', $2, $3, 'api', false, 'Benchmark caller')", [
      randomUUID(),
      userId,
      createHash("sha256").update(token).digest("hex"),
    ]);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return { token };
}

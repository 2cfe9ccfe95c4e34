/** The email_sent / email_failed events name the user a message is for, and carry no link or key. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverEmail, queueEmail } from "../src/index.js";
import { openTestDatabase, sql, type OpenTestDatabase } from "../src/testing/index.js";

let testDatabase: OpenTestDatabase;
const userId = randomUUID();
const content = { to: "mailed@example.com", subject: "Reset your password", text: "Open https://roster.example/recovery?key=secret-key", html: "<a href='https://roster.example/recovery?key=secret-key'>Reset</a>" };

beforeAll(async () => {
  testDatabase = await openTestDatabase();
  await sql(testDatabase.database.fork(), "INSERT INTO users (id, username, email, path) VALUES (?, 'mailed', 'mailed@example.com', 'users')", [userId]);
});
afterAll(() => testDatabase.close());

async function eventOf(messageId: string, action: string) {
  const rows = await sql<{ target_user_id: string | null; context: Record<string, unknown> }>(testDatabase.database.fork(), "SELECT target_user_id, context FROM events WHERE action = ? AND context->>'messageId' = ?", [action, messageId]);
  return rows[0];
}

describe("email events", () => {
  it("a sent email to a user names that user, and its context holds only the address and the subject", async () => {
    const em = testDatabase.database.fork();
    const messageId = await em.transactional((tx) => queueEmail(tx, content, userId));
    await deliverEmail(testDatabase.database.fork(), messageId, () => Promise.resolve({ messageId: "<smtp-1>" }), { lastAttempt: false });
    const event = await eventOf(messageId, "email_sent");
    expect(event?.target_user_id).toBe(userId);
    expect(event?.context).toEqual({ messageId, to: "mailed@example.com", subject: "Reset your password" });
    expect(JSON.stringify(event?.context)).not.toContain("secret-key");
  });

  it("a failed email to a user names that user too; one for no user (an invitation) names none", async () => {
    const failing = () => Promise.reject(new Error("SMTP down"));
    const forUser = await testDatabase.database.fork().transactional((tx) => queueEmail(tx, content, userId));
    await expect(deliverEmail(testDatabase.database.fork(), forUser, failing, { lastAttempt: true })).rejects.toThrow("SMTP down");
    expect((await eventOf(forUser, "email_failed"))?.target_user_id).toBe(userId);

    const invitation = await testDatabase.database.fork().transactional((tx) => queueEmail(tx, { ...content, to: "newcomer@example.com" }));
    await deliverEmail(testDatabase.database.fork(), invitation, () => Promise.resolve({}), { lastAttempt: false });
    expect((await eventOf(invitation, "email_sent"))?.target_user_id).toBeNull();
  });
});

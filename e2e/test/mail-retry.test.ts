/** SMTP down: the send-email job retries, nothing is lost, and the message arrives once, not twice. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { queueEmail } from "@roster/db";
import { sql } from "@roster/db/testing";
import { freePort } from "@roster/db/embedded";
import { startEnvironment, type Environment } from "../src/environment.js";
import { startMailbox, type Mailbox } from "../src/mailbox.js";
import { waitFor } from "../src/wait.js";

let environment: Environment;
let mailbox: Mailbox | undefined;
let port: number;
beforeAll(async () => {
  port = await freePort();
  environment = await startEnvironment({ worker: true, smtpUrl: `smtp://127.0.0.1:${port}` });
});
afterAll(async () => {
  await environment.close();
  await mailbox?.close();
});

it("delivers a message exactly once after the SMTP server comes back", async () => {
  const em = environment.app.database.fork();
  await em.transactional((tx) => queueEmail(tx, { to: "ops@example.com", subject: "Hello after the outage", text: "body", html: "<p>body</p>" }));
  const failed = await waitFor(
    () => sql<{ attempts: number; last_error: string | null; status: string }>(em, "SELECT attempts, last_error, status FROM mail_messages"),
    (rows) => (rows[0]?.attempts ?? 0) >= 1,
  );
  expect(failed[0]).toMatchObject({ status: "queued" });
  expect(failed[0]?.last_error).toMatch(/ECONNREFUSED|connect/i);

  mailbox = await startMailbox(port);
  const delivered = await mailbox.waitForMessages(1, 30_000);
  expect(delivered[0]?.subject).toBe("Hello after the outage");
  const rows = await waitFor(() => sql<{ status: string }>(em, "SELECT status FROM mail_messages"), (list) => list[0]?.status === "sent");
  expect(rows).toEqual([{ status: "sent" }]);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(mailbox.messages).toHaveLength(1);
  const events = await sql<{ action: string }>(em, "SELECT action FROM events WHERE action LIKE 'email_%'");
  expect(events).toEqual([{ action: "email_sent" }]);
}, 60_000);

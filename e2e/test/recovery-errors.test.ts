/** users.sendRecoveryEmail refuses in the spec's order, with the spec's messages. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { newId } from "@roster/db";
import { sql, User } from "@roster/db/testing";
import { errorOf } from "@roster/api/testing";
import { startEnvironment, type Environment } from "../src/environment.js";
import { useRecoveryFlow } from "../src/recovery-setup.js";

let environment: Environment;
beforeAll(async () => {
  environment = await startEnvironment();
});
afterAll(() => environment.close());

async function createUser(username: string, email: string): Promise<string> {
  const em = environment.app.database.fork();
  const user = em.create(User, { id: newId(), username, email });
  await em.flush();
  return user.id;
}

it("refuses in order: no email, no recovery flow, no email stage", async () => {
  const admin = environment.app.admin();
  const withoutEmail = await createUser("no-mail", "");
  const withEmail = await createUser("has-mail", "has-mail@example.com");

  expect(await errorOf(admin.api.users.sendRecoveryEmail.mutate({ id: withoutEmail }))).toMatchObject({ code: "BAD_REQUEST", message: "User does not have an email address set." });
  expect(await errorOf(admin.api.users.sendRecoveryEmail.mutate({ id: withEmail }))).toMatchObject({ code: "BAD_REQUEST", message: "No recovery flow set." });
  expect(await errorOf(admin.api.users.createRecoveryLink.mutate({ id: withEmail }))).toMatchObject({ code: "BAD_REQUEST", message: "No recovery flow set." });

  await useRecoveryFlow(admin, "recovery-link-only.yaml");
  expect(await errorOf(admin.api.users.sendRecoveryEmail.mutate({ id: withoutEmail }))).toMatchObject({ message: "User does not have an email address set." });
  expect(await errorOf(admin.api.users.sendRecoveryEmail.mutate({ id: withEmail }))).toMatchObject({ code: "BAD_REQUEST", message: "The recovery flow has no email stage." });
  const { link } = await admin.api.users.createRecoveryLink.mutate({ id: withEmail });
  expect(link).toMatch(/\/flow\/recovery-link-only\?token=[A-Za-z0-9_-]{43}$/);
  const queued = await sql<{ n: number }>(environment.app.database.fork(), "SELECT count(*)::int AS n FROM mail_messages");
  expect(queued[0]?.n).toBe(0);
});

/** An admin resets a user's password: the rule is said, the old password stops working, sessions end. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPassword, newId } from "@roster/db";
import { sql, User } from "@roster/db/testing";
import { errorOf } from "@roster/api/testing";
import { startEnvironment, type Environment } from "../src/environment.js";
import { waitFor } from "../src/wait.js";

let environment: Environment;
let userId: string;
beforeAll(async () => {
  environment = await startEnvironment({ worker: true });
  const em = environment.app.database.fork();
  const user = em.create(User, { id: newId(), username: "kim" });
  user.passwordHash = await hashPassword("old-password-1");
  await em.flush();
  userId = user.id;
});
afterAll(() => environment.close());

it("refuses an empty or too-weak password, naming the rule", async () => {
  const admin = environment.app.admin();
  expect((await errorOf(admin.api.users.setPassword.mutate({ id: userId, password: "" }))).data.fieldErrors).toEqual({ password: ["This field may not be blank."] });
  expect((await errorOf(admin.api.users.setPassword.mutate({ id: userId, password: "short" }))).data.fieldErrors).toEqual({
    password: ["The password must be at least 8 characters long."],
  });
});

it("sets the password, ends the user's sessions and writes password_set without the password", async () => {
  const browser = await environment.app.signedIn("kim", "old-password-1");
  await environment.app.admin().api.users.setPassword.mutate({ id: userId, password: "new-password-2" });
  await waitFor(() => browser.api.auth.me.query(), (me) => me === null);
  await expect(environment.app.signedIn("kim", "old-password-1")).rejects.toThrow(/Sign-in as kim failed/);
  const again = await environment.app.signedIn("kim", "new-password-2");
  expect((await again.api.auth.me.query())?.user.username).toBe("kim");
  const rows = await sql<{ context: string; changed: boolean }>(
    environment.app.database.fork(),
    "SELECT e.context::text AS context, u.password_change_date IS NOT NULL AS changed FROM events e JOIN users u ON u.id = e.target_user_id WHERE e.action = 'password_set' AND e.target_user_id = ?",
    [userId],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]?.changed).toBe(true);
  expect(rows[0]?.context).not.toContain("new-password-2");
});

/**
 * Logs never hold a secret. A full run at debug level — sign-ins with passwords (right and
 * wrong), the bootstrap and a new API token, a password reset, a recovery link and a recovery
 * email delivered by the worker, the session and device cookies, a TOTP seed and recovery
 * codes — writes its API and worker logs to one file; every password, token, cookie and link the run used is then looked for in it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminPassword, adminToken } from "@roster/api/testing";
import { startEnvironment, type Environment } from "../src/environment.js";
import { linkIn, startMailbox, type Mailbox } from "../src/mailbox.js";
import { useRecoveryFlow } from "../src/recovery-setup.js";
import { waitFor } from "../src/wait.js";

let environment: Environment;
let mailbox: Mailbox;
let logFile: string;
beforeAll(async () => {
  logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "roster-logs-")), "run.log");
  mailbox = await startMailbox();
  environment = await startEnvironment({ worker: true, smtpUrl: mailbox.server.url, env: { ROSTER_LOG_LEVEL: "debug", ROSTER_LOG_FILE: logFile } });
});
afterAll(async () => {
  await environment.close();
  await mailbox.close();
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
});

it("a full run's logs contain none of the passwords, tokens, cookies and links it used", async () => {
  const used: string[] = [adminPassword, adminToken];
  const admin = environment.app.admin().api;
  const { slug } = await useRecoveryFlow(environment.app.admin(), "recovery-email-verification.yaml");

  const browser = await environment.app.signedIn("admin", adminPassword);
  used.push(...browser.cookies.values());
  await expect(environment.app.signedIn("admin", "wrong-password-for-logs")).rejects.toThrow("Invalid username or password.");
  used.push("wrong-password-for-logs");

  const user = await admin.users.create.mutate({ username: "log-secrets", email: "log-secrets@example.com" });
  const newPassword = "log-secrets-new-password-1";
  await admin.users.setPassword.mutate({ id: user.id, password: newPassword });
  used.push(newPassword);
  const signedIn = await environment.app.signedIn("log-secrets", newPassword);
  used.push(...signedIn.cookies.values());

  // MFA: a TOTP seed and recovery codes go to the browser once and nowhere else.
  const totp = await signedIn.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup" });
  const staticCodes = await signedIn.api.flows.execute.mutate({ slug: "default-authenticator-static-setup" });
  await signedIn.api.flows.execute.mutate({ slug: "default-authenticator-static-setup", response: {} });
  if (totp.type === "challenge") used.push(totp.secret ?? "", totp.configUrl ?? "");
  if (staticCodes.type === "challenge") used.push(...(staticCodes.codes ?? []));

  const { key } = await admin.tokens.create.mutate({ identifier: "log-secrets-token", userId: user.id });
  used.push(key);
  expect((await environment.app.client({ token: key }).api.auth.me.query())?.user.username).toBe("log-secrets");

  const { link } = await admin.users.createRecoveryLink.mutate({ id: user.id });
  const token = new URL(link).searchParams.get("token") ?? "";
  used.push(link, token);
  await fetch(link);
  await environment.app.client().api.flows.execute.mutate({ slug, token });

  await admin.users.sendRecoveryEmail.mutate({ id: user.id });
  const [message] = await mailbox.waitForMessages(1);
  const emailed = linkIn(message ?? ({} as never));
  used.push(emailed, new URL(emailed).searchParams.get("token") ?? "");

  // The API and the worker write asynchronously: wait for the email job's line.
  const log = await waitFor(
    () => Promise.resolve(fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : ""),
    (text) => text.includes('"task":"send-email"') && text.includes('"route":"users.sendRecoveryEmail"'),
  );
  expect(log).toContain('"route":"flows.execute"');
  expect(log).toMatch(/"requestId":"[^"]+"/);
  for (const secret of used.filter((value) => value.length >= 8)) expect(log, `a log line holds ${secret.slice(0, 4)}…`).not.toContain(secret);
  expect(log).not.toMatch(/[?&]token=/);
}, 60_000);

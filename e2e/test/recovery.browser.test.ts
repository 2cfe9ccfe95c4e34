/**
 * User credentials recovery in Chromium, as an admin works: create a recovery link on the user's
 * page, copy it, and follow it in a fresh browser to set a new password; then email a recovery
 * link, which the test's SMTP server receives and System › Outbox shows. Each step saves a
 * screenshot.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { screenshot } from "../src/browser.js";
import { takeUserPageAction } from "../src/console.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";
import { linkIn, startMailbox, type Mailbox } from "../src/mailbox.js";
import { useRecoveryFlow } from "../src/recovery-setup.js";

const oldPassword = "rita-old-password-1";
const newPassword = "rita-new-password-2";

let mailbox: Mailbox;
let ui: ConsoleSession;
let environment: Environment;
let browser: Browser;
let page: Page;
let slug: string;
let ritaId: string;
let linkOnly: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  ui = await startConsole({ environment: { worker: true, smtpUrl: mailbox.server.url, env: { ROSTER_MAIL_CAPTURE_DIR: mailbox.directory } }, viewport: { width: 1280, height: 860 }, clipboard: true, seed: async (started) => {
    environment = started;
    const api = environment.app.admin().api;
    const rita = await api.users.create.mutate({ username: "rita", name: "Rita Recover", email: "rita@example.com", path: "users/support" });
    await api.users.setPassword.mutate({ id: rita.id, password: oldPassword });
    ritaId = rita.id;
    linkOnly = (await api.users.create.mutate({ username: "noemail", path: "users/support" })).id;
  } });
  ({ environment, browser, page } = ui);
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(page, `recovery-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(async () => {
  await ui?.close();
  await mailbox.close();
});

const dialog = () => page.getByRole("dialog");
const toast = () => page.locator(".toast-region");

async function openUser(id: string, username: string): Promise<void> {
  await page.goto(`${environment.baseUrl}/directory/users/${id}`);
  await page.getByRole("heading", { name: username, level: 1 }).waitFor();
}

it("says the backend's own words when the brand has no recovery flow yet", async () => {
  await openUser(ritaId, "rita");
  await takeUserPageAction(page, "Create recovery link");
  await dialog().getByRole("button", { name: "Create link" }).click();
  await expect.poll(() => dialog().getByRole("alert").textContent()).toBe("No recovery flow set.");
  await screenshot(page, "recovery-00-no-flow");
  await dialog().getByRole("button", { name: "Cancel" }).click();

  ({ slug } = await useRecoveryFlow(environment.app.admin(), "recovery-email-verification.yaml"));
});

it("creates a recovery link on the user page and copies it", async () => {
  await openUser(ritaId, "rita");
  await screenshot(page, "recovery-01-user-page");
  await takeUserPageAction(page, "Create recovery link");
  await dialog().getByRole("heading", { name: "Recovery link for rita" }).waitFor();
  await dialog().getByLabel("Valid for").selectOption({ label: "1 hour" });
  await screenshot(page, "recovery-02-link-dialog");
  await dialog().getByRole("button", { name: "Create link" }).click();

  const field = dialog().getByRole("textbox", { name: "Recovery link" });
  await field.waitFor();
  const link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^${environment.baseUrl}/flow/${slug}\\?token=[A-Za-z0-9_-]{22,}$`));
  expect(await field.getAttribute("readonly")).not.toBeNull();
  const facts = await dialog().locator(".recovery-link-facts").textContent();
  expect(facts).toContain("in 1 h");
  expect(facts).toContain("Works once");

  await dialog().getByRole("button", { name: "Copy link" }).click();
  // Chromium grants the clipboard to this context; where it would not, the field is selected for Ctrl+C.
  await expect.poll(() => dialog().locator(".field-hint[role=status]").textContent()).toMatch(/Copied to the clipboard\.|The browser refused to copy/);
  if ((await dialog().locator(".field-hint[role=status]").textContent())?.startsWith("Copied")) {
    expect(await dialog().getByRole("button", { name: "Copied link" }).textContent()).toBe("Copied");
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe(link);
  }
  await screenshot(page, "recovery-03-link-copied");
  await dialog().getByRole("button", { name: "Done" }).click();
  await expect.poll(() => dialog().count()).toBe(0);

  // The user follows the link in their own browser: new password twice, then signed in.
  const userContext = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const user = await userContext.newPage();
  await user.goto(link);
  await user.getByLabel(/^New password/).waitFor();
  await screenshot(user, "recovery-04-flow-page");
  await user.getByLabel(/^New password/).fill(newPassword);
  await user.getByLabel(/^Repeat the new password/).fill(`${newPassword}x`);
  await user.getByRole("button", { name: "Continue" }).click();
  await user.getByText("The passwords do not match.").waitFor();
  await screenshot(user, "recovery-05-flow-mismatch");
  await user.getByLabel(/^New password/).fill(newPassword);
  await user.getByLabel(/^Repeat the new password/).fill(newPassword);
  await user.getByRole("button", { name: "Continue" }).click();
  await user.waitForURL((url) => !url.pathname.startsWith("/flow/"));
  await user.getByRole("button", { name: "rita, user menu" }).waitFor();
  const me = await user.evaluate(async () => (await (await fetch("/trpc/auth.me")).json()) as { result: { data: { user: { username: string } } | null } });
  expect(me.result.data?.user.username).toBe("rita");
  await screenshot(user, "recovery-06-signed-in");

  // Used once: the same link is refused now.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await again.getByText("This link has expired or was already used.").waitFor();
  await screenshot(again, "recovery-07-link-used");
  await userContext.close();
  await again.context().close();

  await expect(environment.app.signedIn("rita", oldPassword)).rejects.toThrow(/failed/);
  expect((await (await environment.app.signedIn("rita", newPassword)).api.auth.me.query())?.user.username).toBe("rita");
});

it("the old password no longer signs in through the console", async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const login = await context.newPage();
  await login.goto(`${environment.baseUrl}/login`);
  await login.getByLabel("Username or email").fill("rita");
  await login.getByRole("button", { name: "Log in" }).click();
  await login.getByLabel("Password").fill(oldPassword);
  await login.getByRole("button", { name: "Continue" }).click();
  await login.getByRole("alert").waitFor();
  expect(new URL(login.url()).pathname).toBe("/login");
  await screenshot(login, "recovery-08-old-password-refused");
  await context.close();
});

it("emails a recovery link: the SMTP server receives it and the Outbox shows it", async () => {
  await openUser(ritaId, "rita");
  await takeUserPageAction(page, "Email recovery link");
  await expect.poll(() => toast().textContent()).toContain("Recovery email queued for rita@example.com");
  await screenshot(page, "recovery-09-email-queued");

  const [message] = await mailbox.waitForMessages(1);
  expect(message?.subject).toBe("Reset your password");
  expect(message?.to && "text" in message.to ? message.to.text : "").toContain("rita@example.com");
  const link = linkIn(message ?? ({} as never));
  expect(link).toContain(`/flow/${slug}?token=`);

  await page.goto(`${environment.baseUrl}/system/outbox`);
  await page.getByRole("button", { name: /rita@example\.com/ }).click();
  const shown = page.getByRole("region", { name: "Message" });
  await expect.poll(() => shown.textContent()).toContain("Reset your password");
  expect(await shown.getByRole("link", { name: new RegExp(`/flow/${slug}\\?token=`) }).first().getAttribute("href")).toBe(link);
  await screenshot(page, "recovery-10-outbox");
});

it("shows the backend's own words when a recovery email cannot be sent", async () => {
  await openUser(linkOnly, "noemail");
  await takeUserPageAction(page, "Email recovery link");
  await expect.poll(() => toast().textContent()).toContain("User does not have an email address set.");
  await screenshot(page, "recovery-11-no-email");
});

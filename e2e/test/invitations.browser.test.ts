/**
 * Invitations in Chromium (SPEC §15): an admin creates an invitation with fixed data under
 * Directory › Invitations (the fixed data checked as typed), copies the link shown once; the
 * invitee opens it in their own browser, enrolls (a taken username is answered on the form,
 * keeping what was typed) and lands signed in; the user has the fixed path, attribute and group;
 * the link then answers that the invitation expired or was used. Then Send by email, and open
 * sign-up: the brand's Enrollment flow makes the login page offer "Sign up". Each step saves a
 * screenshot.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sql } from "@roster/db/testing";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { screenshot } from "../src/browser.js";
import type { Environment } from "../src/environment.js";
import { startConsole, type ConsoleSession } from "../src/start-console.js";

const fixedData = "path: users/contractors\nattributes:\n  company: acme\ngroups:\n  - contractors";
const password = "Cora-enrolled-password-1";

let ui: ConsoleSession;
let environment: Environment;
let browser: Browser;
let page: Page;
let link = "";

beforeAll(async () => {
  ui = await startConsole({ seed: async (started) => {
    environment = started;
    await environment.app.admin().api.groups.create.mutate({ name: "contractors" });
  } });
  ({ environment, browser, page } = ui);
});

afterEach(async (context) => {
  if (context.task.result?.state === "fail") await screenshot(page, `invitations-failed-${context.task.name.slice(0, 40).replaceAll(" ", "-")}`);
});

afterAll(() => ui?.close());

const dialog = () => page.getByRole("dialog");

it("creates an invitation with fixed data and shows its link once", async () => {
  await page.goto(`${environment.baseUrl}/directory/invitations`);
  await page.getByRole("heading", { name: "Invitations", level: 1 }).waitFor();
  await page.getByText("No invitations yet").waitFor();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await dialog().getByLabel(/^Name/).fill("acme-contractors");
  await dialog().getByLabel("Fixed data").fill("is_superuser: true");
  await dialog().getByText('Fixed data may hold only path, attributes and groups, not "is_superuser".').waitFor();
  expect(await dialog().getByRole("button", { name: "Create", exact: true }).isDisabled()).toBe(true);
  await screenshot(page, "invitations-01-fixed-data-refused");
  await dialog().getByLabel("Fixed data").fill(fixedData);
  await screenshot(page, "invitations-02-create-dialog");
  await dialog().getByRole("button", { name: "Create", exact: true }).click();

  await dialog().getByRole("heading", { name: "Invitation link" }).waitFor();
  link = (await dialog().getByLabel("Key").textContent()) ?? "";
  expect(link).toMatch(new RegExp(`^${environment.baseUrl}/flow/default-enrollment-flow\\?token=[A-Za-z0-9_-]{40,}$`));
  await screenshot(page, "invitations-03-link-shown-once");
  await dialog().getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("row", { name: /acme-contractors/ });
  await row.getByText("Active").waitFor();
  expect(await row.textContent()).toContain("users/contractors · 1 attribute · contractors");
  await screenshot(page, "invitations-04-list-active");
});

it("the invitee enrolls through the link and lands signed in, with the fixed data", async () => {
  const invitee = await (await browser.newContext({ viewport: { width: 1100, height: 860 } })).newPage();
  await invitee.goto(link);
  await invitee.getByRole("heading", { name: "Create your account" }).waitFor();
  await invitee.getByLabel(/^Username/).fill("admin");
  await invitee.getByLabel(/^Name/).fill("Cora Contractor");
  await invitee.getByLabel(/^Email/).fill("cora@acme.example");
  await invitee.getByLabel(/^Password/).fill(password);
  await invitee.getByLabel(/^Repeat the password/).fill(password);
  await screenshot(invitee, "invitations-05-enrollment-form");
  await invitee.getByRole("button", { name: "Continue" }).click();
  await invitee.getByText("A user with this username already exists.").waitFor();
  expect(await invitee.getByLabel(/^Email/).inputValue()).toBe("cora@acme.example");
  expect(await invitee.getByLabel(/^Username/).inputValue()).toBe("admin");
  await screenshot(invitee, "invitations-06-username-taken");

  await invitee.getByLabel(/^Username/).fill("cora");
  await invitee.getByLabel(/^Password/).fill(password);
  await invitee.getByLabel(/^Repeat the password/).fill(password);
  await invitee.getByRole("button", { name: "Continue" }).click();
  await invitee.waitForURL((url) => !url.pathname.startsWith("/flow/"));
  await invitee.getByRole("button", { name: "cora, user menu" }).waitFor();
  const me = await invitee.evaluate(async () => (await (await fetch("/trpc/auth.me")).json()) as { result: { data: { user: { username: string } } | null } });
  expect(me.result.data?.user.username).toBe("cora");
  await screenshot(invitee, "invitations-07-signed-in");
  await invitee.context().close();

  const [user] = await sql<{ path: string; attributes: unknown; groups: string[] }>(
    environment.app.database.fork(),
    "SELECT path, attributes, ARRAY(SELECT g.name FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id) AS groups FROM users u WHERE username = 'cora'",
  );
  expect(user).toEqual({ path: "users/contractors", attributes: { company: "acme" }, groups: ["contractors"] });
});

it("the used link answers that the invitation expired or was already used", async () => {
  const again = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
  await again.goto(link);
  await again.getByText("This invitation has expired or was already used.").waitFor();
  await screenshot(again, "invitations-08-link-used");
  await again.context().close();

  await page.reload();
  const row = page.getByRole("row", { name: /acme-contractors/ });
  await row.getByText("Used", { exact: true }).waitFor();
  expect(await row.getByRole("link", { name: "cora" }).count()).toBe(1);
  await screenshot(page, "invitations-09-list-used");
});

it("sends an invitation by email", async () => {
  await environment.app.admin().api.invitations.create.mutate({ name: "emailed-invitation" });
  await page.reload();
  const row = page.getByRole("row", { name: /emailed-invitation/ });
  await row.getByRole("button", { name: "Send by email" }).click();
  await dialog().getByLabel(/^Email/).fill("dana@acme.example");
  await screenshot(page, "invitations-10-send-dialog");
  await dialog().getByRole("button", { name: "Send" }).click();
  await expect.poll(() => page.locator(".toast-region").textContent()).toContain("Invitation email queued for dana@acme.example");
  const queued = await sql(environment.app.database.fork(), "SELECT 1 FROM mail_messages WHERE to_address = 'dana@acme.example'");
  expect(queued).toHaveLength(1);
});

it("the brand's Enrollment flow, when it runs without an invitation, puts Sign up on the login page", async () => {
  const blueprint = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/db/blueprints/default-enrollment-flow.yaml");
  const open = fs.readFileSync(blueprint, "utf8").replaceAll("default-enrollment", "open-sign-up").replace("continueWithoutInvitation: false", "continueWithoutInvitation: true").replace("name: Default enrollment flow", "name: Open sign-up");
  await environment.app.admin().api.flows.import.mutate({ yaml: open });

  await page.goto(`${environment.baseUrl}/system/brands`);
  await page.getByRole("button", { name: /^Edit / }).first().click();
  const enrollment = dialog().getByLabel("Enrollment flow");
  await expect.poll(() => enrollment.locator("option").count()).toBeGreaterThan(2);
  await enrollment.selectOption({ label: "Open sign-up (open-sign-up-flow)" });
  await screenshot(page, "invitations-11-brand-enrollment-flow");
  await dialog().getByRole("button", { name: "Update" }).click();
  await expect.poll(() => dialog().count()).toBe(0);

  const visitor = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
  await visitor.goto(`${environment.baseUrl}/login`);
  await visitor.getByRole("link", { name: "Sign up" }).click();
  await visitor.getByLabel(/^Username/).waitFor();
  expect(new URL(visitor.url()).pathname).toBe("/flow/open-sign-up-flow");
  await screenshot(visitor, "invitations-12-sign-up");
  await visitor.goBack();
  await visitor.getByRole("link", { name: "Sign up" }).waitFor();
  await screenshot(visitor, "invitations-13-login-with-sign-up");
  await visitor.context().close();
});

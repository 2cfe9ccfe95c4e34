/** Steps an admin takes in the console, shared by the browser tests. */
import type { Page } from "playwright-core";

export async function signInThroughConsole(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Username or email").fill(username);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Takes one of the user page's actions: a button in its header, or an entry under More actions. */
export async function takeUserPageAction(page: Page, name: string): Promise<void> {
  const toolbar = page.locator(".page-header-toolbar");
  const button = toolbar.getByRole("button", { name, exact: true });
  if ((await button.count()) > 0) return button.click();
  await toolbar.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

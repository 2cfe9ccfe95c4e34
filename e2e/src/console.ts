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

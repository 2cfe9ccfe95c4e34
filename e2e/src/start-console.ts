/**
 * The setup most browser tests share: the product started (environment), directory data seeded
 * through the admin API, Chromium launched with one context and page, and an admin signed in.
 *
 *   let ui: ConsoleSession;
 *   beforeAll(async () => { ui = await startConsole({ seed: async (environment) => { … } }); });
 *   afterAll(() => ui?.close());
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { adminPassword } from "@roster/api/testing";
import { launchBrowser } from "./browser.js";
import { signInThroughConsole } from "./console.js";
import { startEnvironment, type Environment, type EnvironmentOptions } from "./environment.js";

export interface ConsoleOptions {
  environment?: EnvironmentOptions;
  /** Runs once the product is up and before the browser opens: create users, groups, … here. */
  seed?: (environment: Environment) => Promise<void>;
  /** The first context's window; 1440×900 unless told. */
  viewport?: { width: number; height: number };
  /** The first context's `prefers-color-scheme`, which the console follows. */
  colorScheme?: "light" | "dark";
  /** Grant the first context clipboard read and write (copy buttons). */
  clipboard?: boolean;
  acceptDownloads?: boolean;
  /** Who signs in on the first page: the bootstrap admin unless told; null stays signed out. */
  signInAs?: { username: string; password: string } | null;
}

export interface ConsoleSession {
  environment: Environment;
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the browser, then the product. */
  close(): Promise<void>;
}

export const defaultViewport = { width: 1440, height: 900 };

export async function startConsole(options: ConsoleOptions = {}): Promise<ConsoleSession> {
  const environment = await startEnvironment(options.environment);
  let browser: Browser | undefined;
  try {
    await options.seed?.(environment);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: options.viewport ?? defaultViewport,
      colorScheme: options.colorScheme,
      acceptDownloads: options.acceptDownloads,
    });
    if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: environment.baseUrl });
    const page = await context.newPage();
    const signInAs = options.signInAs === undefined ? { username: "admin", password: adminPassword } : options.signInAs;
    if (signInAs) await signInThroughConsole(page, environment.baseUrl, signInAs.username, signInAs.password);
    const started = browser;
    return {
      environment,
      baseUrl: environment.baseUrl,
      browser: started,
      context,
      page,
      async close() {
        await started.close();
        await environment.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await environment.close();
    throw error;
  }
}

/**
 * A running API on its own cloned database, for tests: bootstrapped with a known admin password
 * and API token.
 */
import { bootstrap, openDatabase, type Database } from "@roster/db";
import { createTestDatabase } from "@roster/db/testing";
import { createLogger, type Logger } from "@roster/db/observability";
import { appConfigFrom } from "../app-config.js";
import { readEnv } from "../env.js";
import { apiStatementTimeoutMs, startServer } from "../server.js";
import { createTestClient, signIn, type ClientOptions, type TestClient } from "./test-client.js";

export const adminPassword = "admin-password-1";
export const adminToken = "admin-token-for-tests";

export interface TestApp {
  url: string;
  databaseUrl: string;
  database: Database;
  client(options?: ClientOptions): TestClient;
  /** A client signed in through the login flow. */
  signedIn(username: string, password: string, options?: ClientOptions): Promise<TestClient>;
  admin(): TestClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The built console to serve (browser tests); none by default. */
  webDist?: string;
  /** Listen on this port (browser tests use a fixed origin); a free one by default. */
  port?: number;
  /** Default: errors only, as JSON lines on stdout (ROSTER_LOG_LEVEL and ROSTER_LOG_FILE of the overrides apply). */
  logger?: Logger;
}

export async function startTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const env = readEnv({ DATABASE_URL: testDatabase.url, PORT: "0", ROSTER_PUBLIC_URL: "http://localhost:9000", ROSTER_SECRET_KEY: "roster-test-secret-key-0123456789", ...overrides });
  const database = await openDatabase({ url: testDatabase.url, poolMax: 5, statementTimeoutMs: apiStatementTimeoutMs });
  await bootstrap(database.fork(), { password: adminPassword, email: "admin@example.com", token: adminToken });
  const logger = options.logger ?? createLogger({ service: "api", level: overrides.ROSTER_LOG_LEVEL ?? "error", format: "json", file: overrides.ROSTER_LOG_FILE });
  const running = await startServer({
    app: appConfigFrom(env),
    database,
    webDist: options.webDist ?? null,
    port: options.port ?? 0,
    host: "127.0.0.1",
    logger,
    metricsToken: env.ROSTER_METRICS_TOKEN,
    drainTimeoutMs: 1_000,
  });
  // Browser mutations must come from ROSTER_PUBLIC_URL; the test clients send that Origin.
  const origin = env.ROSTER_PUBLIC_URL.replace(/\/$/, "");
  const client = (options: ClientOptions = {}) => createTestClient(running.url, { origin, ...options });
  return {
    url: running.url,
    databaseUrl: testDatabase.url,
    database,
    client,
    async signedIn(username, password, options) {
      const signed = client(options);
      await signIn(signed, username, password);
      return signed;
    },
    admin: () => client({ token: adminToken }),
    async close() {
      await running.close();
      await database.close();
      await testDatabase.drop();
    },
  };
}

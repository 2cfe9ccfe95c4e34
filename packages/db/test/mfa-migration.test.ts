/**
 * Migration v13 on an existing install: the sign-in flow a v12 install has (identification →
 * password → login) gets authenticator_validate right after the password, and the three
 * authenticator setup flows appear; a later first start changes nothing more.
 */
import { randomBytes } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { inject } from "vitest";
import { bootstrap, migrateDatabase, newId, openDatabase } from "../src/index.js";
import { admin, withDatabase } from "../src/testing/global-setup.js";
import { sql } from "../src/testing/index.js";

const serverUrl = inject("rosterServerUrl");
const name = `roster_test_mfa_migration_${randomBytes(4).toString("hex")}`;
const url = withDatabase(serverUrl, name);
afterAll(() => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

it("adds authenticator_validate after the password of an existing default-authentication-flow, and the setup flows", async () => {
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  await migrateDatabase(url, { to: "Migration20261204010000SchemaV12Search" });
  const database = await openDatabase({ url, poolMax: 2 });
  try {
    const em = database.fork();
    const flowId = newId();
    await sql(em, "INSERT INTO flows (id, slug, name, designation) VALUES (?, 'default-authentication-flow', 'Welcome', 'authentication')", [flowId]);
    for (const [order, stage, type] of [[10, "default-authentication-identification", "identification"], [20, "default-authentication-password", "password"], [30, "default-authentication-login", "user_login"]] as const) {
      const stageId = newId();
      await sql(em, "INSERT INTO stages (id, name, type) VALUES (?, ?, ?)", [stageId, stage, type]);
      await sql(em, "INSERT INTO flow_stage_bindings (id, flow_id, stage_id, \"order\") VALUES (?, ?, ?, ?)", [newId(), flowId, stageId, order]);
    }
    await migrateDatabase(url);
    await bootstrap(database.fork(), { email: "admin@example.com", password: "first-admin-password" });

    const bindings = await sql<{ order: number; type: string; settings: Record<string, unknown> }>(
      database.fork(),
      `SELECT b."order", s.type, s.settings FROM flow_stage_bindings b JOIN stages s ON s.id = b.stage_id JOIN flows f ON f.id = b.flow_id WHERE f.slug = 'default-authentication-flow' ORDER BY b."order"`,
    );
    expect(bindings.map((row) => [row.order, row.type])).toEqual([[10, "identification"], [20, "password"], [30, "authenticator_validate"], [40, "user_login"]]);
    expect(bindings[2]?.settings).toMatchObject({ notConfiguredAction: "skip" });
    const setups = await sql<{ slug: string; designation: string; type: string }>(
      database.fork(),
      `SELECT f.slug, f.designation, s.type FROM flows f JOIN flow_stage_bindings b ON b.flow_id = f.id JOIN stages s ON s.id = b.stage_id WHERE f.designation = 'stage_configuration' ORDER BY f.slug`,
    );
    expect(setups).toEqual([
      { slug: "default-authenticator-static-setup", designation: "stage_configuration", type: "authenticator_static" },
      { slug: "default-authenticator-totp-setup", designation: "stage_configuration", type: "authenticator_totp" },
      { slug: "default-authenticator-webauthn-setup", designation: "stage_configuration", type: "authenticator_webauthn" },
    ]);
  } finally {
    await database.close();
  }
});

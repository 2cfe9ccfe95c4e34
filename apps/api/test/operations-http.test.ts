/**
 * The API's operations endpoints: liveness, readiness (PostgreSQL answers and migrations are
 * current), `/metrics` behind ROSTER_METRICS_TOKEN, and the request id on every answer.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { adminToken, startTestApp, type TestApp } from "../src/testing/index.js";

const metricsToken = "metrics-token-for-tests-0123";
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ROSTER_METRICS_TOKEN: metricsToken });
});
afterAll(() => app.close());

it("is live, and ready only while every migration is applied", async () => {
  const live = await fetch(`${app.url}/-/health/live`);
  expect([live.status, await live.json()]).toEqual([200, { status: "live" }]);
  const em = app.database.fork();
  const [last] = await sql<{ id: number; name: string; executed_at: string }>(em, "DELETE FROM mikro_orm_migrations WHERE id = (SELECT max(id) FROM mikro_orm_migrations) RETURNING id, name, executed_at");
  const pending = await fetch(`${app.url}/-/health/ready`);
  expect([pending.status, await pending.json()]).toEqual([503, { status: "unavailable", database: "ok", migrations: "pending" }]);
  await sql(em, "INSERT INTO mikro_orm_migrations (id, name, executed_at) VALUES (?, ?, ?)", [last?.id, last?.name, last?.executed_at]);
  const ready = await fetch(`${app.url}/-/health/ready`);
  expect([ready.status, await ready.json()]).toEqual([200, { status: "ready", database: "ok", migrations: "current" }]);
});

it("answers every request with a request id, and keeps a plausible one from the load balancer", async () => {
  const ours = await fetch(`${app.url}/-/health/live`);
  expect(ours.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
  const theirs = await fetch(`${app.url}/-/health/live`, { headers: { "x-request-id": "lb-1234" } });
  expect(theirs.headers.get("x-request-id")).toBe("lb-1234");
  const odd = await fetch(`${app.url}/-/health/live`, { headers: { "x-request-id": "no spaces <allowed>" } });
  expect(odd.headers.get("x-request-id")).not.toBe("no spaces <allowed>");
});

it("serves metrics only with the token: requests by procedure and status, and the pool", async () => {
  await app.admin().api.auth.me.query();
  expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
  expect((await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(401);
  const response = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/roster_http_request_duration_seconds_count\{route="auth\.me",status="200"\} [1-9]/);
  expect(text).toMatch(/roster_db_pool_connections\{state="max"\} 5/);
  expect(text).toContain("process_resident_memory_bytes");
});

it("has no metrics at all without a token", async () => {
  const plain = await startTestApp();
  try {
    expect((await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).status).toBe(404);
  } finally {
    await plain.close();
  }
});

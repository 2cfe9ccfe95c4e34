/** @roster/client against a running API, authenticated with an API token. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminToken, startTestApp, type TestApp } from "@roster/api/testing";
import { createRosterClient, fieldErrorsOf, isRosterError, queryErrorOf, type RosterClient } from "../src/index.js";

let app: TestApp;
let client: RosterClient;
beforeAll(async () => {
  app = await startTestApp();
  client = createRosterClient({ url: app.url, token: adminToken });
  for (const name of ["it-e", "it-a", "it-d", "it-c", "it-b"]) await client.users.create.mutate({ username: name, path: "users/iterate" });
});
afterAll(() => app?.close());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("Expected the call to fail.");
    },
    (error: unknown) => error,
  );
}

describe("createRosterClient", () => {
  it("calls procedures with the token", async () => {
    const me = await client.auth.me.query();
    expect(me?.user.username).toBe("admin");
    const page = await client.users.list.query({ path: "users/iterate", ordering: "username", limit: 2 });
    expect(page.items.map((user) => user.username)).toEqual(["it-a", "it-b"]);
    expect(page.nextCursor).not.toBeNull();
  });

  it("iterates over every keyset page of users.list", async () => {
    const seen: string[] = [];
    for await (const user of client.users.iterate({ path: "users/iterate", ordering: "-username", limit: 2 })) seen.push(user.username);
    expect(seen).toEqual(["it-e", "it-d", "it-c", "it-b", "it-a"]);
  });

  it("stops asking for pages when the caller stops", async () => {
    let requests = 0;
    const counting = createRosterClient({ url: app.url, token: () => adminToken, fetch: (input, init) => (requests++, fetch(input, init)) });
    for await (const user of counting.users.iterate({ path: "users/iterate", ordering: "username", limit: 2 })) if (user.username === "it-a") break;
    expect(requests).toBe(1);
  });

  it("gives the field errors of a refused input", async () => {
    const error = await failure(client.users.create.mutate({ username: " padded " }));
    expect(isRosterError(error, "BAD_REQUEST")).toBe(true);
    expect(isRosterError(error, "NOT_FOUND")).toBe(false);
    if (!isRosterError(error)) throw error;
    expect(fieldErrorsOf(error)).toEqual({ username: ["Username may not start or end with whitespace."] });
  });

  it("gives where a users query fails to parse", async () => {
    const error = await failure(client.users.list.query({ query: "usrname = 1" }));
    if (!isRosterError(error, "BAD_REQUEST")) throw error;
    expect(queryErrorOf(error)).toMatchObject({ start: 0, end: 7 });
    expect(error.message).toContain('did you mean "username"?');
  });

  it("is refused with UNAUTHORIZED for an unknown token", async () => {
    const stranger = createRosterClient({ url: `${app.url}/`, token: "not-a-token" });
    expect(isRosterError(await failure(stranger.users.list.query({})), "UNAUTHORIZED")).toBe(true);
  });

  it("is not confused by non-Roster errors", () => {
    expect(isRosterError(new Error("x"))).toBe(false);
    expect(isRosterError(null)).toBe(false);
  });
});

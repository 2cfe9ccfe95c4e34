/**
 * `createRosterClient({url, token})`: a typed tRPC client of the Roster API for internal
 * services, authenticated with an API token (`Authorization: Bearer …`), plus
 * `client.users.iterate(filter)`, which walks users.list page by page.
 */
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { iteratePages } from "./iterate-pages.js";
import type { RosterRouter } from "./router.js";

export type RosterInputs = inferRouterInputs<RosterRouter>;
export type RosterOutputs = inferRouterOutputs<RosterRouter>;
export type RosterUser = RosterOutputs["users"]["list"]["items"][number];
/** users.list's filter: `query`, `path`, `ordering`, and `limit` as the page size. */
export type RosterUserFilter = Omit<NonNullable<RosterInputs["users"]["list"]>, "cursor" | "withCount">;

export interface RosterClientOptions {
  /** Where Roster serves, such as `https://roster.example.com` (the API is at `<url>/trpc`). */
  url: string;
  /** An API token's key, or a function giving the current one (asked before each request). */
  token: string | (() => string | Promise<string>);
  /** Another fetch (a proxy agent, tests); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

type BaseClient = TRPCClient<RosterRouter>;

export type RosterClient = Omit<BaseClient, "users"> & {
  users: BaseClient["users"] & {
    /** Every user the filter matches, in its ordering, fetched a page (`limit`, default 100) at a time. */
    iterate: (filter?: RosterUserFilter) => AsyncGenerator<RosterUser, void, undefined>;
  };
};

export function createRosterClient(options: RosterClientOptions): RosterClient {
  const token = options.token;
  const trpc = createTRPCClient<RosterRouter>({
    links: [
      httpLink({
        url: `${options.url.replace(/\/+$/, "")}/trpc`,
        headers: async () => ({ authorization: `Bearer ${typeof token === "string" ? token : await token()}` }),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });
  const iterate = (filter: RosterUserFilter = {}) => iteratePages((cursor) => trpc.users.list.query({ limit: 100, ...filter, cursor, withCount: false }));
  // tRPC's client is a proxy that makes any property a procedure path; these two add iterate beside users.list.
  const users = new Proxy(trpc.users, { get: (target, key): unknown => (key === "iterate" ? iterate : Reflect.get(target, key)) });
  return new Proxy(trpc, { get: (target, key): unknown => (key === "users" ? users : Reflect.get(target, key)) }) as RosterClient;
}

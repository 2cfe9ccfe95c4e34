/** The client's procedures take their inputs and give their outputs as the router declares them. */
import { describe, expectTypeOf, it } from "vitest";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@roster/api";
import { createRosterClient, isRosterError, type RosterUser } from "../src/index.js";

const client = createRosterClient({ url: "http://localhost:9000", token: "key" });

describe("createRosterClient(...).users.list.query", () => {
  it("takes users.list's input", () => {
    expectTypeOf(client.users.list.query).parameter(0).toEqualTypeOf<inferRouterInputs<AppRouter>["users"]["list"]>();
    expectTypeOf(client.users.list.query).parameter(0).toExtend<{ query?: string | undefined; limit?: number | undefined } | undefined>();
    // @ts-expect-error limit is a number.
    void client.users.list.query({ limit: "20" });
    // @ts-expect-error ordering is one of the listed columns.
    void client.users.list.query({ ordering: "password" });
  });

  it("gives users.list's output", () => {
    expectTypeOf(client.users.list.query).returns.resolves.toEqualTypeOf<inferRouterOutputs<AppRouter>["users"]["list"]>();
    expectTypeOf<Awaited<ReturnType<typeof client.users.list.query>>["items"][number]["username"]>().toEqualTypeOf<string>();
    expectTypeOf<Awaited<ReturnType<typeof client.users.list.query>>["nextCursor"]>().toEqualTypeOf<string | null>();
  });

  it("iterates users.list's items", () => {
    expectTypeOf(client.users.iterate).returns.toEqualTypeOf<AsyncGenerator<RosterUser, void, undefined>>();
    expectTypeOf<RosterUser>().toEqualTypeOf<inferRouterOutputs<AppRouter>["users"]["list"]["items"][number]>();
  });

  it("types the error data", () => {
    const error: unknown = new Error("x");
    if (isRosterError(error, "BAD_REQUEST")) {
      expectTypeOf(error.data.code).toEqualTypeOf<"BAD_REQUEST">();
      expectTypeOf(error.data.fieldErrors).toEqualTypeOf<Record<string, string[]> | undefined>();
      expectTypeOf(error.data.queryError).toEqualTypeOf<{ message: string; start: number; end: number } | undefined>();
    }
  });
});

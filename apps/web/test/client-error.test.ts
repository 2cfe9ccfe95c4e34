import { describe, expect, it } from "vitest";
import { isMissingProcedure, toClientError } from "../src/lib/client-error";

function trpcError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

describe("toClientError", () => {
  it("keeps the backend's message word for word", () => {
    const error = trpcError("Recovery flow not applicable to user", { code: "BAD_REQUEST" });
    expect(toClientError(error)).toEqual({ message: "Recovery flow not applicable to user", code: "BAD_REQUEST", fieldErrors: {}, queryError: null });
  });

  it("reads field errors, wrapping a lone string in a list", () => {
    const error = trpcError("username: Required", { code: "BAD_REQUEST", fieldErrors: { username: ["Required"], reason: "Give a reason." } });
    expect(toClientError(error).fieldErrors).toEqual({ username: ["Required"], reason: ["Give a reason."] });
  });

  it("reads the position of a query error", () => {
    const error = trpcError("Unknown field", { code: "BAD_REQUEST", queryError: { message: "Unknown field \"nmae\"", start: 0, end: 4 } });
    expect(toClientError(error).queryError).toEqual({ message: "Unknown field \"nmae\"", start: 0, end: 4 });
  });

  it("ignores a malformed query error", () => {
    expect(toClientError(trpcError("x", { code: "BAD_REQUEST", queryError: { message: "x" } })).queryError).toBeNull();
  });

  it("explains a request that never reached the server", () => {
    const failure = toClientError(new TypeError("Failed to fetch"));
    expect(failure.code).toBeNull();
    expect(failure.message).toBe("Could not reach the server. Check your connection and try again.");
  });

  it("passes through the message of another error", () => {
    expect(toClientError(new Error("Something specific")).message).toBe("Something specific");
  });
});

describe("isMissingProcedure", () => {
  it("recognises tRPC's answer for an unknown procedure", () => {
    const failure = toClientError(trpcError('No procedure found on path "auth.endImpersonation"', { code: "NOT_FOUND" }));
    expect(isMissingProcedure(failure)).toBe(true);
  });

  it("does not mistake a missing object for a missing procedure", () => {
    expect(isMissingProcedure(toClientError(trpcError("User not found.", { code: "NOT_FOUND" })))).toBe(false);
  });
});

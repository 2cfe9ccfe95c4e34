import { describe, expect, it } from "vitest";
import { copyWith } from "../src/lib/clipboard";
import { recoveryEmailToast, recoveryLinkInput } from "../src/lib/recovery-link";
import { exportFilters, orderingLabel, userExportInput, userOrderingOptions } from "../src/lib/user-export";

describe("copyWith", () => {
  const refused = () => Promise.reject(new Error("NotAllowedError"));

  it("copies through the Clipboard API when the browser allows it", async () => {
    const written: string[] = [];
    const outcome = await copyWith("https://roster.test/flow/x?token=k", { writeText: (text) => (written.push(text), Promise.resolve()), select: () => true, copySelection: () => false });
    expect(outcome).toBe("copied");
    expect(written).toEqual(["https://roster.test/flow/x?token=k"]);
  });

  it("falls back to copying the selected text when the Clipboard API is refused", async () => {
    expect(await copyWith("k", { writeText: refused, select: () => true, copySelection: () => true })).toBe("copied");
    expect(await copyWith("k", { writeText: undefined, select: () => true, copySelection: () => true })).toBe("copied");
  });

  it("leaves the text selected for Ctrl+C when every way to copy is refused", async () => {
    expect(await copyWith("k", { writeText: refused, select: () => true, copySelection: () => false })).toBe("selected");
    expect(
      await copyWith("k", {
        writeText: refused,
        select: () => true,
        copySelection: () => {
          throw new Error("execCommand is gone");
        },
      }),
    ).toBe("selected");
  });
});

describe("recovery links", () => {
  it("sends the chosen duration in seconds, and nothing for the server's default", () => {
    expect(recoveryLinkInput("u1", "default")).toEqual({ id: "u1" });
    expect(recoveryLinkInput("u1", "1h")).toEqual({ id: "u1", tokenDuration: 3600 });
    expect(recoveryLinkInput("u1", "1d")).toEqual({ id: "u1", tokenDuration: 86_400 });
    expect(recoveryLinkInput("u1", "7d")).toEqual({ id: "u1", tokenDuration: 604_800 });
  });

  it("names the address the recovery email goes to", () => {
    expect(recoveryEmailToast("rita@example.com")).toBe("Recovery email queued for rita@example.com");
  });
});

describe("user export", () => {
  it("states the filters, reading an empty query as all users", () => {
    expect(exportFilters({ query: "  ", path: null, ordering: null })).toEqual({ query: null, folder: null });
    expect(exportFilters({ query: ' dept = "x" ', path: "users/eng", ordering: null })).toEqual({ query: 'dept = "x"', folder: "users/eng" });
  });

  it("exports what the list shows, with the ordering chosen in the dialog", () => {
    expect(userExportInput({ query: "", path: null, ordering: null }, "username")).toEqual({});
    expect(userExportInput({ query: "alice", path: "users/eng", ordering: "name" }, "-last_login")).toEqual({ query: "alice", path: "users/eng", ordering: "-last_login" });
  });

  it("offers every ordering both ways, in words", () => {
    expect(userOrderingOptions).toHaveLength(12);
    expect(orderingLabel("username")).toBe("Username (A → Z)");
    expect(orderingLabel("-last_login")).toBe("Last login (newest first)");
  });
});

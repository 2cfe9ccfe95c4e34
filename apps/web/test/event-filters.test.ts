import { describe, expect, it } from "vitest";
import { actorLabel, eventFilterSearch, eventListInput, hasEventFilters, readEventFilters, startOfDay } from "../src/lib/event-filters";
import { eventSubject } from "../src/lib/event-subject";

describe("event filters in the URL", () => {
  it("reads known actions and real dates, and drops the rest", () => {
    expect(readEventFilters({ action: "login", user: "ad", since: "2025-01-31", until: "2025-02-30x" })).toEqual({ action: "login", user: "ad", since: "2025-01-31", until: "" });
    expect(readEventFilters({ action: "drop_tables" }).action).toBe("");
    expect(hasEventFilters(readEventFilters({}))).toBe(false);
  });

  it("removes empty filters from the URL", () => {
    expect(eventFilterSearch({ action: "", user: " ", since: "2025-01-01" })).toEqual({ action: undefined, user: undefined, since: "2025-01-01" });
  });

  it("asks for whole days in local time, the until day included", () => {
    const input = eventListInput({ action: "model_created", user: " adm ", since: "2025-01-31", until: "2025-01-31" }, "next");
    expect(input).toEqual({
      action: "model_created",
      username: "adm",
      since: new Date(2025, 0, 31).toISOString(),
      until: new Date(2025, 1, 1).toISOString(),
      cursor: "next",
    });
    expect(eventListInput({ action: "", user: "", since: "", until: "" })).toEqual({});
    expect(startOfDay("2024-12-31", 1)?.getMonth()).toBe(0);
  });
});

describe("event rows", () => {
  it("names the admin behind an impersonated user", () => {
    expect(actorLabel({ username: "erin", onBehalfOf: { username: "admin" } })).toBe("erin (on behalf of admin)");
    expect(actorLabel({ username: "admin", onBehalfOf: null })).toBe("admin");
    expect(actorLabel(null)).toBe("—");
  });

  it("names what an event is about, with a link while it exists", () => {
    const event = (action: string, context: Record<string, unknown>, target: [string, string | null] | null = null) => ({ action, context, targetUserId: target?.[0] ?? null, targetUsername: target?.[1] ?? null });
    expect(eventSubject(event("model_updated", { model: "group", pk: "g1", name: "eng" }))).toEqual({ label: "Group eng", href: "/directory/groups/g1" });
    expect(eventSubject(event("model_deleted", { model: "group", pk: "g1", name: "eng" }))).toEqual({ label: "Group eng", href: null });
    expect(eventSubject(event("password_set", { method: "admin_reset" }, ["u1", "bob"]))).toEqual({ label: "User bob", href: "/directory/users/u1" });
    expect(eventSubject(event("sessions_revoked", {}, ["u2", null]))).toEqual({ label: "User (deleted)", href: null });
    expect(eventSubject(event("login_failed", { username: "bob" }))).toEqual({ label: "User bob", href: null });
    expect(eventSubject(event("login_failed", {}))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { actorLabel, eventFilterSearch, eventListInput, eventObjectLabel, hasEventFilters, readEventFilters, startOfDay } from "../src/lib/event-filters";

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

  it("summarises the object an event touched", () => {
    expect(eventObjectLabel({ model: "group", pk: "1", name: "eng" })).toBe("group eng");
    expect(eventObjectLabel({ reason: "x" })).toBe("");
  });
});

import type { TApplication, TPolicyBinding } from "@roster/core";
import { describe, expect, it } from "vitest";
import { applicationCreateInput, applicationFormFrom, applicationUpdateInput, newApplicationForm } from "../src/lib/application-form";
import { accessSummary, bindingSubject, deleteApplicationsConfirmation, deleteBindingsConfirmation, parseBindingOrder } from "../src/lib/application-texts";
import { applicationTabs, readTab, tabParam } from "../src/lib/detail-tabs";

const application: TApplication = {
  id: "00000000-0000-4000-8000-000000000001",
  slug: "wiki",
  name: "Wiki",
  launchUrl: null,
  group: "Docs",
  metaDescription: "",
  metaPublisher: "",
  openInNewTab: false,
  policyEngineMode: "any",
  icon: null,
  provider: null,
  bindingCount: 0,
  createdAt: "2026-11-29T10:00:00.000Z",
};

const binding = (subject: Partial<Pick<TPolicyBinding, "user" | "group">>): TPolicyBinding => ({
  id: "00000000-0000-4000-8000-000000000009",
  applicationId: application.id,
  user: null,
  group: null,
  order: 0,
  negate: false,
  enabled: true,
  ...subject,
});

describe("application form", () => {
  it("creates with every field trimmed and the defaults of a new form", () => {
    const values = { ...newApplicationForm(), slug: " wiki ", name: " Wiki ", launchUrl: " https://wiki.example.com " };
    expect(applicationCreateInput(values)).toEqual({ slug: "wiki", name: "Wiki", launchUrl: "https://wiki.example.com", group: "", metaDescription: "", metaPublisher: "", openInNewTab: false, policyEngineMode: "any" });
  });

  it("shows a missing launch URL as an empty field", () => {
    expect(applicationFormFrom(application).launchUrl).toBe("");
  });

  it("updates only what changed, so an untouched empty launch URL is not sent", () => {
    const values = { ...applicationFormFrom(application), name: "Team wiki", openInNewTab: true };
    expect(applicationUpdateInput(application, values)).toEqual({ id: application.id, name: "Team wiki", openInNewTab: true });
    expect(applicationUpdateInput(application, applicationFormFrom(application))).toEqual({ id: application.id });
  });

  it("sends an emptied launch URL, which removes it", () => {
    const launching = { ...application, launchUrl: "https://wiki.example.com" };
    expect(applicationUpdateInput(launching, { ...applicationFormFrom(launching), launchUrl: "" })).toEqual({ id: application.id, launchUrl: "" });
  });
});

describe("application texts", () => {
  it("names every application a delete removes", () => {
    expect(deleteApplicationsConfirmation(["Wiki", "Chat"]).consequence).toBe("Delete 2 applications: Wiki and Chat? This cannot be undone: their bindings are removed and they disappear from everyone's My applications.");
  });

  it("names the subjects of the bindings a delete removes", () => {
    const confirmation = deleteBindingsConfirmation("Wiki", [binding({ user: { id: "u", username: "alice" } }), binding({ group: { id: "g", name: "eng" } })]);
    expect(confirmation.consequence).toContain("Delete 2 bindings of Wiki: user alice and group eng?");
    expect(bindingSubject(binding({}))).toBe("nobody");
  });

  it("says an application without bindings is open to everyone", () => {
    expect(accessSummary(0, "all")).toBe("No enabled bindings: every active user may access this application.");
    expect(accessSummary(2, "all")).toBe("2 enabled bindings: every enabled binding must pass.");
    expect(accessSummary(1, "any")).toBe("1 enabled binding: one passing binding is enough.");
  });

  it("reads a blank order as after the last binding, and refuses a fraction", () => {
    expect(parseBindingOrder(" ")).toEqual({ ok: true, order: undefined });
    expect(parseBindingOrder("-10")).toEqual({ ok: true, order: -10 });
    expect(parseBindingOrder("1.5")).toEqual({ ok: false, message: "The order must be a whole number." });
  });

  it("keeps the application page's tab in the URL, the Overview without a parameter", () => {
    expect(readTab(applicationTabs, "check-access")).toBe("check-access");
    expect(readTab(applicationTabs, "nope")).toBe("overview");
    expect(tabParam(applicationTabs, "overview")).toBeUndefined();
  });
});

import type { TApplication, TPolicyBinding } from "@roster/core";
import { describe, expect, it } from "vitest";
import { applicationCreateInput, applicationFormFrom, applicationUpdateInput, newApplicationForm, renamedNewApplication, typedSlugProblem } from "../src/lib/application-form";
import { iconChoiceFrom, iconChoiceFromUrl, iconPreviewUrl, readIconFile } from "../src/lib/application-icon";
import { accessSummary, bindingSubject, deleteApplicationsConfirmation, deleteBindingsConfirmation, parseBindingOrder, providerLabel } from "../src/lib/application-texts";
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
  oauthProvider: null,
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
    expect(applicationCreateInput(values)).toEqual({ slug: "wiki", name: "Wiki", launchUrl: "https://wiki.example.com", group: "", metaDescription: "", metaPublisher: "", openInNewTab: false, policyEngineMode: "any", icon: null });
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

describe("the slug of a new application", () => {
  const slugFormat = 'Use only lowercase letters, numbers, hyphens and underscores, starting with a letter or number (for example "my-app").';

  it("follows the name, typed letter by letter, in lower case with dashes", () => {
    let values = { name: "", slug: "" };
    for (const name of ["T", "Te", "Team", "Team ", "Team W", "Team Wiki"]) values = renamedNewApplication(values, name);
    expect(values).toEqual({ name: "Team Wiki", slug: "team-wiki" });
    expect(renamedNewApplication(values, "Crème Brûlée (beta)").slug).toBe("creme-brulee-beta");
  });

  it("stops following once the admin types a slug, and follows again once it is emptied", () => {
    expect(renamedNewApplication({ name: "Team Wiki", slug: "wiki" }, "Team Wiki 2").slug).toBe("wiki");
    expect(renamedNewApplication({ name: "Team Wiki", slug: "" }, "Team Wiki 2").slug).toBe("team-wiki-2");
  });

  it("says what is wrong with a typed slug in the backend's words, and nothing about the suggested or saved one", () => {
    expect(typedSlugProblem({ name: "Team Wiki", slug: "Team Wiki" }, null)).toBe(slugFormat);
    expect(typedSlugProblem({ name: "Team Wiki", slug: "a".repeat(51) }, null)).toBe("Ensure this field has no more than 50 characters.");
    expect(typedSlugProblem({ name: "Team Wiki", slug: "team-wiki" }, null)).toBeNull();
    expect(typedSlugProblem({ name: "!!!", slug: "" }, null)).toBeNull();
    expect(typedSlugProblem({ name: "Wiki", slug: "" }, "wiki")).toBe("This field may not be blank.");
    expect(typedSlugProblem({ name: "Wiki", slug: "wiki" }, "wiki")).toBeNull();
  });
});

describe("the icon of the application form", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const uploaded = { ...application, icon: { type: "upload" as const, url: `/applications/${application.id}/icon/abc` } };
  const byUrl = { ...application, icon: { type: "url" as const, url: "https://cdn.example.com/wiki.png" } };

  it("sends a URL or a picked image, and leaves the saved icon out of an update unless it changed", () => {
    expect(applicationCreateInput({ ...newApplicationForm(), icon: iconChoiceFromUrl(" https://cdn.example.com/wiki.png ") }).icon).toEqual({ type: "url", url: "https://cdn.example.com/wiki.png" });
    expect(applicationUpdateInput(uploaded, applicationFormFrom(uploaded))).toEqual({ id: application.id });
    expect(applicationUpdateInput(byUrl, applicationFormFrom(byUrl))).toEqual({ id: application.id });
    const picked = { kind: "file" as const, name: "wiki.png", contentType: "image/png", data: "iVBORw0KGgo=" };
    expect(applicationUpdateInput(byUrl, { ...applicationFormFrom(byUrl), icon: picked })).toEqual({ id: application.id, icon: { type: "upload", contentType: "image/png", data: "iVBORw0KGgo=" } });
  });

  it("removes the icon with null, and sends nothing when there was none", () => {
    expect(applicationUpdateInput(uploaded, { ...applicationFormFrom(uploaded), icon: { kind: "none" } })).toEqual({ id: application.id, icon: null });
    expect(applicationUpdateInput(byUrl, { ...applicationFormFrom(byUrl), icon: iconChoiceFromUrl("") })).toEqual({ id: application.id, icon: null });
    expect(applicationUpdateInput(application, { ...applicationFormFrom(application), icon: { kind: "none" } })).toEqual({ id: application.id });
  });

  it("previews the saved image, a picked file, and a typed URL only once it is a URL", () => {
    expect(iconPreviewUrl(iconChoiceFrom(uploaded.icon))).toBe(uploaded.icon.url);
    expect(iconPreviewUrl({ kind: "file", name: "a.png", contentType: "image/png", data: "AAAA" })).toBe("data:image/png;base64,AAAA");
    expect(iconPreviewUrl(iconChoiceFromUrl("https://cdn.exa"))).toBe("https://cdn.exa");
    expect(iconPreviewUrl(iconChoiceFromUrl("cdn.example.com/wiki.png"))).toBeNull();
    expect(iconPreviewUrl(iconChoiceFromUrl("javascript:alert(1)"))).toBeNull();
  });

  it("reads a picked image as base64, and refuses SVG, oversized and mislabelled files with the backend's words", async () => {
    expect(await readIconFile(new File([png], "wiki.png", { type: "image/png" }))).toEqual({ choice: { kind: "file", name: "wiki.png", contentType: "image/png", data: Buffer.from(png).toString("base64") } });
    expect(await readIconFile(new File(["<svg/>"], "wiki.svg", { type: "image/svg+xml" }))).toEqual({ problem: "Upload a PNG, JPEG, GIF or WebP image." });
    expect(await readIconFile(new File([new Uint8Array(256 * 1024 + 1)], "big.png", { type: "image/png" }))).toEqual({ problem: "The icon may not be larger than 256 KB." });
    expect(await readIconFile(new File([png], "wiki.jpg", { type: "image/jpeg" }))).toEqual({ problem: "This file is not the image its type says it is." });
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

  it("names a provider with its type, and no provider as nothing (the tables show a dash)", () => {
    expect(providerLabel({ name: "Grafana", type: "oauth2" })).toBe("Grafana (oauth2)");
    expect(providerLabel(null)).toBeNull();
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

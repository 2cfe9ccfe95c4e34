import { describe, expect, it } from "vitest";
import { guessLaunchUrl, iconProblem, iconUploadProblem, slugProblem, suggestSlug, webUrlProblem, ZApplicationCreate, ZPolicyBindingCreate } from "../../src/index.js";

const slugFormat = 'Use only lowercase letters, numbers, hyphens and underscores, starting with a letter or number (for example "my-app").';

describe("application slugs", () => {
  it.each(["grafana", "my-app", "app_2", "0day", "a"])("accepts %j", (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each([
    ["", "This field may not be blank."],
    ["My-App", slugFormat],
    ["my app", slugFormat],
    ["-app", slugFormat],
    ["app/admin", slugFormat],
    ["café", slugFormat],
    ["a".repeat(51), "Ensure this field has no more than 50 characters."],
  ])("refuses %j with %j", (slug, message) => {
    expect(slugProblem(slug)).toBe(message);
  });

  it("reports the rule under the slug field of a create request, after trimming", () => {
    const parsed = ZApplicationCreate.safeParse({ slug: " Bad Slug ", name: "Bad" });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["slug", slugFormat]]);
    expect(ZApplicationCreate.parse({ slug: " good ", name: "Good" }).slug).toBe("good");
  });

  it("suggests a slug from a name", () => {
    expect(suggestSlug("My App (beta)")).toBe("my-app-beta");
    expect(suggestSlug("Crème Brûlée")).toBe("creme-brulee");
    expect(suggestSlug("!!!")).toBe("");
    expect(slugProblem(suggestSlug("x".repeat(80)))).toBeNull();
  });
});

describe("launch URLs", () => {
  it.each(["", "https://grafana.example.com", "http://10.0.0.1:3000/login?next=/", "https://app.example.com/#/home"])("accepts %j", (url) => {
    expect(webUrlProblem(url)).toBeNull();
  });

  it.each([
    ["javascript:alert(1)", "Only http:// and https:// URLs are allowed."],
    ["data:text/html,<script>alert(1)</script>", "Only http:// and https:// URLs are allowed."],
    ["ftp://files.example.com", "Only http:// and https:// URLs are allowed."],
    ["grafana.example.com", "Enter a full URL, such as https://app.example.com."],
    ["/relative/path", "Enter a full URL, such as https://app.example.com."],
    [`https://example.com/${"a".repeat(2000)}`, "Ensure this field has no more than 2,000 characters."],
  ])("refuses %j with %j", (url, message) => {
    expect(webUrlProblem(url)).toBe(message);
  });

  it("guesses the launch URL from the first usable redirect URI when none is set", () => {
    expect(guessLaunchUrl("https://own.example.com", ["https://other.example.com/cb"])).toBe("https://own.example.com");
    expect(guessLaunchUrl("", ["not a url", "https://grafana.example.com/login/generic_oauth"])).toBe("https://grafana.example.com");
    expect(guessLaunchUrl("", ["myapp://callback"])).toBeNull();
    expect(guessLaunchUrl("", [])).toBeNull();
  });
});

describe("uploaded icons", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

  it("accepts an image whose bytes match its type", () => {
    expect(iconProblem("image/png", png)).toBeNull();
    expect(iconProblem("image/gif", new TextEncoder().encode("GIF89a...."))).toBeNull();
  });

  it("refuses SVG, mismatched bytes and oversized files", () => {
    expect(iconProblem("image/svg+xml", new TextEncoder().encode("<svg/>"))).toBe("Upload a PNG, JPEG, GIF or WebP image.");
    expect(iconProblem("image/jpeg", png)).toBe("This file is not the image its type says it is.");
    expect(iconProblem("image/png", new Uint8Array(256 * 1024 + 1))).toBe("The icon may not be larger than 256 KB.");
  });

  it("names every problem of a request's icon under the icon field itself", () => {
    const iconErrors = (icon: unknown) => ZApplicationCreate.safeParse({ slug: "icon", name: "Icon", icon }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
    expect(iconErrors({ type: "upload", contentType: "image/png", data: base64(png) })).toBeUndefined();
    expect(iconErrors({ type: "upload", contentType: "image/svg+xml", data: base64(new TextEncoder().encode("<svg/>")) })).toEqual([["icon", "Upload a PNG, JPEG, GIF or WebP image."]]);
    expect(iconErrors({ type: "upload", contentType: "image/png", data: base64(new Uint8Array(256 * 1024 + 3)) })).toEqual([["icon", "The icon may not be larger than 256 KB."]]);
    expect(iconErrors({ type: "upload", contentType: "image/png", data: "not base64!" })).toEqual([["icon", "Send the image as base64."]]);
    expect(iconErrors({ type: "url", url: "javascript:alert(1)" })).toEqual([["icon", "Only http:// and https:// URLs are allowed."]]);
    expect(iconErrors({ type: "url", url: " " })).toEqual([["icon", "Enter a full URL, such as https://app.example.com."]]);
  });

  it("lets the largest icon through the request schema, for the service to check its bytes", () => {
    expect(iconUploadProblem("image/png", Buffer.from(new Uint8Array(256 * 1024)).toString("base64"))).toBeNull();
  });
});

describe("binding subjects", () => {
  const applicationId = "0f8fad5b-d9cb-469f-a165-70867728950e";
  const id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  it("needs exactly one of a user and a group", () => {
    const issues = (input: object) => ZPolicyBindingCreate.safeParse({ applicationId, ...input }).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];
    expect(issues({})).toEqual([["userId", "Choose a user or a group for this binding."]]);
    expect(issues({ userId: id, groupId: id })).toEqual([["groupId", "A binding is for a user or a group, not both."]]);
    expect(issues({ groupId: id })).toEqual([]);
  });
});

import type { TMyApplication } from "@roster/core";
import { describe, expect, it } from "vitest";
import { groupApplications, launchLinkProps, matchesSearch } from "../src/lib/my-applications";
import { navigationFor } from "../src/lib/navigation";

let next = 0;
function application(name: string, group: string, extra: Partial<TMyApplication> = {}): TMyApplication {
  next += 1;
  return { id: `00000000-0000-4000-8000-${String(next).padStart(12, "0")}`, slug: name.toLowerCase(), name, launchUrl: `https://${name.toLowerCase()}.example.com`, group, metaDescription: "", openInNewTab: false, icon: null, ...extra };
}

const sideNav = (permissions: string[]) => navigationFor({ permissions, objectPermissions: [] }).filter((group) => group.inSideNav);

describe("My applications", () => {
  const apps = [application("Wiki", "Docs"), application("Chat", "Talk"), application("Api docs", "docs "), application("Zoo", ""), application("Board", "Talk")];

  it("groups cards by label (ignoring case) in alphabetical order, the unlabelled last, cards by name", () => {
    const groups = groupApplications(apps);
    expect(groups.map((group) => [group.label, group.items.map((item) => item.name)])).toEqual([
      ["Docs", ["Api docs", "Wiki"]],
      ["Talk", ["Board", "Chat"]],
      ["", ["Zoo"]],
    ]);
  });

  it("keeps only the cards a search matches, by name, slug, group or description, ignoring case", () => {
    expect(groupApplications(apps, "TALK").flatMap((group) => group.items.map((item) => item.name))).toEqual(["Board", "Chat"]);
    expect(matchesSearch(application("Mail", "", { metaDescription: "Webmail for everyone" }), "webmail")).toBe(true);
    expect(groupApplications(apps, "nothing-like-this")).toEqual([]);
  });

  it("opens in a new tab without handing over this window only when the application asks", () => {
    expect(launchLinkProps({ launchUrl: "https://a.example.com", openInNewTab: true })).toEqual({ href: "https://a.example.com", target: "_blank", rel: "noopener noreferrer" });
    expect(launchLinkProps({ launchUrl: "https://a.example.com", openInNewTab: false })).toEqual({ href: "https://a.example.com" });
  });
});

describe("left menu", () => {
  it("gives every signed-in user My applications and Settings", () => {
    const account = sideNav([]).find((group) => group.label === "Account");
    expect(account?.items.map((item) => [item.label, item.href])).toEqual([
      ["My applications", "/me/applications"],
      ["Settings", "/me/settings"],
    ]);
  });

  it("shows no admin group without access_admin_console, even with other permissions", () => {
    expect(sideNav(["view_user", "view_application"]).map((group) => group.label)).toEqual(["Account"]);
  });

  it("puts the admin menu above the account pages for holders of access_admin_console", () => {
    expect(sideNav(["access_admin_console", "view_user", "view_application", "view_flow", "view_event", "view_settings"]).map((group) => group.label)).toEqual(["Dashboards", "Directory", "Applications", "Flows & Stages", "Events", "System", "Account"]);
  });
});

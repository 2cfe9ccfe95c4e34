import { describe, expect, it } from "vitest";
import { moreMatchesNote, superuserGroupWarning } from "../src/lib/pick-sources";
import { revealHorizontally } from "../src/lib/scroll-overflow";
import { readUserTab, userTabsFor } from "../src/lib/user-detail-tabs";
import { mayTakeUserTabAction } from "../src/lib/user-tab-actions";

const grants = (permissions: string[], objectPermissions: string[] = []) => ({ permissions, objectPermissions });
const tabIds = (permissions: string[], objectPermissions: string[] = []) => userTabsFor(grants(permissions, objectPermissions)).map((tab) => tab.id);

describe("the user page's tabs follow the admin's permissions", () => {
  it("a super-user sees every tab", () => {
    expect(tabIds(["*"])).toEqual(["overview", "sessions", "groups", "roles", "events", "consents", "refresh-tokens", "authenticators", "applications"]);
  });

  it("view_user alone opens the tabs read with it, not User events (view_event) or Applications (view_user_applications)", () => {
    expect(tabIds(["access_admin_console", "view_user"])).toEqual(["overview", "sessions", "groups", "roles", "consents", "refresh-tokens", "authenticators"]);
  });

  it("view_user held on the user (an object permission) counts as for the page itself", () => {
    expect(tabIds(["access_admin_console", "view_event"], ["view_user", "view_user_applications"])).toEqual(["overview", "sessions", "groups", "roles", "events", "consents", "refresh-tokens", "authenticators", "applications"]);
  });

  it("a tab the admin may not open, or an unknown one, falls back to Overview", () => {
    const allowed = userTabsFor(grants(["access_admin_console", "view_user"]));
    expect(readUserTab("sessions", allowed)).toBe("sessions");
    expect(readUserTab("events", allowed)).toBe("overview");
    expect(readUserTab(["applications"], allowed)).toBe("overview");
    expect(readUserTab("nope", allowed)).toBe("overview");
  });
});

describe("the tabs' buttons", () => {
  it("need every permission of the procedures they call", () => {
    const viewer = grants(["access_admin_console", "view_user"]);
    expect(mayTakeUserTabAction(viewer, "deleteSessions")).toBe(false);
    expect(mayTakeUserTabAction(grants(["view_user", "change_user"]), "deleteSessions")).toBe(true);
    expect(mayTakeUserTabAction(grants(["add_user_to_group"]), "addToExistingGroup")).toBe(false);
    expect(mayTakeUserTabAction(grants(["add_user_to_group"], ["view_group"]), "addToExistingGroup")).toBe(true);
    expect(mayTakeUserTabAction(grants(["change_user", "view_role"]), "assignNewRole")).toBe(false);
    expect(mayTakeUserTabAction(grants(["*"]), "assignNewRole")).toBe(true);
  });
});

describe("pickers", () => {
  it("say how many more match, only when the list does not hold them all", () => {
    expect(moreMatchesNote({ hasMore: true, total: { value: 1234, exact: true } }, 20)).toBe("Showing 20 of 1,234 — type to find more");
    expect(moreMatchesNote({ hasMore: true, total: { value: 1_200_000, exact: false } }, 20)).toBe("Showing 20 of ~1.2M — type to find more");
    expect(moreMatchesNote({ hasMore: true, total: null }, 20)).toBe("Showing 20 — type to find more");
    expect(moreMatchesNote({ hasMore: false, total: { value: 3, exact: true } }, 3)).toBeNull();
  });

  it("warn that a super-user group makes the user a super-user", () => {
    expect(superuserGroupWarning("bob", [{ id: "1", label: "staff" }])).toBeNull();
    expect(superuserGroupWarning("bob", [{ id: "1", label: "staff" }, { id: "2", label: "admins", superuser: true }])).toBe("The group admins is a super-user group: bob becomes a super-user, with every permission on every object.");
    expect(superuserGroupWarning("bob", [{ id: "1", label: "root", superuser: true }, { id: "2", label: "admins", superuser: true }])).toBe("The groups root and admins are super-user groups: bob becomes a super-user, with every permission on every object.");
  });
});

describe("revealing the selected tab", () => {
  const strip = (scrollLeft: number) => ({ scrollLeft, clientWidth: 300 }) as HTMLElement;
  const tab = (offsetLeft: number, offsetWidth: number) => ({ offsetLeft, offsetWidth }) as HTMLElement;

  it("scrolls the least that shows the whole tab clear of the edges, and not at all when it is shown", () => {
    const right = strip(0);
    revealHorizontally(right, tab(400, 80), 32);
    expect(right.scrollLeft).toBe(212);
    const left = strip(300);
    revealHorizontally(left, tab(100, 80), 32);
    expect(left.scrollLeft).toBe(68);
    const shown = strip(50);
    revealHorizontally(shown, tab(120, 80), 32);
    expect(shown.scrollLeft).toBe(50);
  });
});

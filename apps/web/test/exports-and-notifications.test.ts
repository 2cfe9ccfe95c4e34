import { describe, expect, it } from "vitest";
import { anyExportActive, exportFilterParts, exportFilterSummary, finishedSince, formatBytes, isExportActive } from "../src/lib/export-texts";
import { bellLabel, bodySegments, bodyText, isDownloadHref, unseenBadge } from "../src/lib/notification-texts";
import { selectableValue } from "../src/lib/select-value";
import { linkParts, newestFirst } from "../src/lib/outbox";

describe("notification bodies", () => {
  it("shows what stands between backticks as code, the query's own backticks included", () => {
    expect(bodySegments("Export of 3 users ready — folder users, query `is_active = True`")).toEqual([
      { text: "Export of 3 users ready — folder users, query ", code: false },
      { text: "is_active = True", code: true },
    ]);
    expect(bodySegments('query `name = "a`b"` done')).toEqual([
      { text: "query ", code: false },
      { text: 'name = "a`b"', code: true },
      { text: " done", code: false },
    ]);
    expect(bodySegments("Password changed")).toEqual([{ text: "Password changed", code: false }]);
    expect(bodySegments("a lone ` mark")).toEqual([{ text: "a lone ` mark", code: false }]);
    expect(bodyText("query `x = 1`")).toBe("query x = 1");
  });
});

describe("data exports", () => {
  it("formats sizes", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1,023 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(250 * 1024 * 1024)).toBe("250 MB");
  });

  it("sums up the filters of an export", () => {
    expect(exportFilterSummary({})).toBe("All users");
    expect(exportFilterSummary({ query: 'username startswith "a"', path: "users/eng", ordering: "-last_login" })).toBe('folder users/eng · query username startswith "a" · ordering -last_login');
  });

  it("names the folder before the query, and never wraps the query in quotes of its own", () => {
    expect(exportFilterParts({ query: 'path startswith "users"', path: "users" })).toEqual([
      { label: "folder", value: "users" },
      { label: "query", value: 'path startswith "users"' },
    ]);
    expect(exportFilterParts({})).toEqual([]);
  });

  it("knows which exports still run, and which just finished", () => {
    expect(isExportActive("pending")).toBe(true);
    expect(isExportActive("failed")).toBe(false);
    expect(anyExportActive([{ status: "done" }, { status: "running" }])).toBe(true);
    expect(anyExportActive([{ status: "done" }])).toBe(false);
    const before = [
      { id: "a", status: "running" as const },
      { id: "b", status: "pending" as const },
      { id: "c", status: "done" as const },
    ];
    const after = [
      { id: "a", status: "done" as const },
      { id: "b", status: "running" as const },
      { id: "c", status: "done" as const },
    ];
    expect(finishedSince(before, after)).toEqual(["a"]);
  });
});

describe("the notification bell", () => {
  it("shows the unread count, capped", () => {
    expect(unseenBadge(3)).toBe("3");
    expect(unseenBadge(250)).toBe("99+");
    expect(bellLabel(0)).toBe("Notifications");
    expect(bellLabel(2)).toBe("Notifications, 2 unread");
  });

  it("lets the browser fetch downloads and routes console links", () => {
    expect(isDownloadHref("/exports/1f0c/download")).toBe(true);
    expect(isDownloadHref("https://example.com/x")).toBe(true);
    expect(isDownloadHref("/events/exports")).toBe(false);
  });
});

describe("select", () => {
  it("applies a value only once one of the options holds it", () => {
    const options = [{ value: "" }, { value: "model_updated" }];
    expect(selectableValue("model_updated", options)).toBe("model_updated");
    expect(selectableValue("model_updated", [])).toBeNull();
    expect(selectableValue("", options)).toBe("");
  });
});

describe("the outbox", () => {
  it("puts the newest message first", () => {
    const messages = [{ id: "a", date: "2024-01-01T10:00:00Z" }, { id: "b", date: "2024-01-02T10:00:00Z" }];
    expect(newestFirst(messages).map((message) => message.id)).toEqual(["b", "a"]);
  });

  it("turns the links of a text into links", () => {
    expect(linkParts("Open http://x.test/flow?token=1 now.\nThanks")).toEqual([
      { kind: "text", text: "Open " },
      { kind: "link", href: "http://x.test/flow?token=1" },
      { kind: "text", text: " now.\nThanks" },
    ]);
    expect(linkParts("")).toEqual([]);
  });
});

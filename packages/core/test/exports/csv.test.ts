import { describe, expect, it } from "vitest";
import { csvCell, csvRow, exportFileName, exportMessages, userExportColumns, userExportHeader } from "../../src/index.js";

describe("CSV cells (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["山田 太郎", "山田 太郎"],
    ["Ωmega", "Ωmega"],
    ["{\"dept\": \"eng\"}", '"{""dept"": ""eng""}"'],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes null as an empty cell", () => {
    expect(csvCell(null)).toBe("");
  });
});

describe("formula injection", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""],
    ['=HYPERLINK("http://x", "y")', '"\'=HYPERLINK(""http://x"", ""y"")"'],
  ])("prefixes %j with a quote: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves the characters alone when they are not first", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("x-1")).toBe("x-1");
    expect(csvCell(" =1")).toBe(" =1");
  });
});

describe("CSV records", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", null, "b,c", "=x"])).toBe('a,,"b,c",\'=x\r\n');
  });

  it("has the user export's header labels in order", () => {
    expect(userExportColumns).toEqual(["Username", "Name", "Email", "Active", "Path", "Type", "Groups", "Last login", "Date joined", "Attributes"]);
    expect(userExportHeader).toBe("Username,Name,Email,Active,Path,Type,Groups,Last login,Date joined,Attributes\r\n");
  });

  it("names the file after the model and the UTC day it was requested", () => {
    expect(exportFileName("user", new Date("2025-01-31T23:59:59Z"))).toBe("users_2025-01-31.csv");
  });
});

describe("the export-ready notification", () => {
  it("counts the rows and names the folder, then the query between backticks", () => {
    expect(exportMessages.ready(1234, { path: "users", query: "is_active = True" })).toBe("Export of 1,234 users ready — folder users, query `is_active = True`");
    expect(exportMessages.ready(1, { query: 'path startswith "users"' })).toBe('Export of 1 user ready — query `path startswith "users"`');
    expect(exportMessages.ready(0, {})).toBe("Export of 0 users ready — all users");
  });
});

import { describe, expect, it } from "vitest";
import { parseAttributes } from "../src/lib/parse-attributes";

describe("parseAttributes", () => {
  it("treats empty text as {}", () => {
    expect(parseAttributes("  ")).toEqual({ ok: true, value: {} });
  });

  it("reads YAML and JSON objects", () => {
    expect(parseAttributes("team: eng\nlevel: 3")).toEqual({ ok: true, value: { team: "eng", level: 3 } });
    expect(parseAttributes('{"team": "eng"}')).toEqual({ ok: true, value: { team: "eng" } });
  });

  it("refuses lists and single values", () => {
    expect(parseAttributes("- a\n- b").ok).toBe(false);
    expect(parseAttributes("42").ok).toBe(false);
  });

  it("reports a syntax error", () => {
    const result = parseAttributes("team: [eng");
    expect(result.ok).toBe(false);
  });
});

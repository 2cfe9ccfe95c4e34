import { describe, expect, it } from "vitest";
import { effectiveScheme, parseThemeChoice, themeChoices } from "../src/lib/theme";

describe("theme", () => {
  it("offers System, Light and Dark, System first", () => {
    expect(themeChoices.map((choice) => choice.label)).toEqual(["System", "Light", "Dark"]);
  });

  it("reads anything stored that is not Light or Dark as System", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice(null)).toBe("system");
    expect(parseThemeChoice("sepia")).toBe("system");
  });

  it("follows the system only when System is chosen", () => {
    expect(effectiveScheme("system", true)).toBe("dark");
    expect(effectiveScheme("system", false)).toBe("light");
    expect(effectiveScheme("light", true)).toBe("light");
    expect(effectiveScheme("dark", false)).toBe("dark");
  });
});

import { describe, expect, it } from "vitest";
import { expiryInput, fromDateTimeLocal, intentLabel, newTokenForm, toDateTimeLocal, tokenCreateInput } from "../src/lib/token-form";

describe("token form", () => {
  it("leaves the expiry to the server's default when empty", () => {
    expect(tokenCreateInput({ ...newTokenForm(), identifier: " ci ", description: " deploys " })).toEqual({ ok: true, input: { identifier: "ci", description: "deploys", expiring: true } });
  });

  it("sends no date for a token that never expires", () => {
    expect(expiryInput(false, "2030-01-01T10:00")).toEqual({ ok: true, value: { expiring: false } });
  });

  it("sends a local date and time as an ISO instant", () => {
    const local = new Date(2030, 0, 2, 3, 4);
    expect(toDateTimeLocal(local)).toBe("2030-01-02T03:04");
    expect(fromDateTimeLocal("2030-01-02T03:04")).toBe(local.toISOString());
    expect(expiryInput(true, "2030-01-02T03:04")).toEqual({ ok: true, value: { expiring: true, expires: local.toISOString() } });
  });

  it("refuses text that is not a date", () => {
    expect(tokenCreateInput({ ...newTokenForm(), identifier: "ci", expires: "tomorrow" })).toEqual({ ok: false, fieldErrors: { expires: ["Enter a valid date and time."] } });
  });

  it("labels intents", () => {
    expect(intentLabel("api")).toBe("API");
    expect(intentLabel("app_password")).toBe("App password");
  });
});

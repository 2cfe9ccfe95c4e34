import { describe, expect, it } from "vitest";
import { contractEnd } from "../src/contract-end.js";

const today = "2026-12-01";

describe("contractEnd", () => {
  it("a contract ends before today when its day is earlier", () => {
    expect(contractEnd({ contract_end: "2026-11-30" }, today)).toEqual({ kind: "ended", day: "2026-11-30" });
    expect(contractEnd({ contract_end: "2025-01-31T23:59:59Z" }, today)).toEqual({ kind: "ended", day: "2025-01-31" });
  });

  it("a contract ending today or later is still running", () => {
    expect(contractEnd({ contract_end: "2026-12-01" }, today)).toEqual({ kind: "running", day: "2026-12-01" });
    expect(contractEnd({ contract_end: "2027-06-30" }, today)).toEqual({ kind: "running", day: "2027-06-30" });
  });

  it("names what is wrong with a value that is not a date", () => {
    expect(contractEnd({ contract_end: "soon" }, today)).toEqual({ kind: "invalid", reason: 'contract_end is not a date ("soon")' });
    expect(contractEnd({ contract_end: "2026-13-45" }, today)).toEqual({ kind: "invalid", reason: 'contract_end is not a date ("2026-13-45")' });
    expect(contractEnd({ contract_end: 20261130 }, today)).toEqual({ kind: "invalid", reason: "contract_end is not a date (20261130)" });
    expect(contractEnd({}, today)).toEqual({ kind: "invalid", reason: "contract_end is missing" });
  });
});

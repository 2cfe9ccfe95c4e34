import { describe, expect, it } from "vitest";
import { fixedDataExample, fixedDataSummary, invitationCreateInput, newInvitationForm, parseFixedData } from "../src/lib/invitation-form";

describe("invitation form", () => {
  it("reads fixed data as YAML or JSON", () => {
    expect(parseFixedData(fixedDataExample)).toEqual({ ok: true, value: { path: "users/contractors", attributes: { company: "acme" }, groups: ["contractors"] } });
    expect(parseFixedData('{"groups": ["a"]}')).toEqual({ ok: true, value: { groups: ["a"] } });
    expect(parseFixedData("")).toEqual({ ok: true, value: {} });
  });

  it("names the key and the rule of bad fixed data as you type", () => {
    expect(parseFixedData("is_superuser: true")).toEqual({ ok: false, message: 'Fixed data may hold only path, attributes and groups, not "is_superuser".' });
    expect(parseFixedData("path: /users")).toEqual({ ok: false, message: "path: No leading or trailing slashes allowed." });
    expect(parseFixedData("- a")).toEqual({ ok: false, message: "Fixed data must be an object (key: value pairs), not a list or a single value." });
  });

  it("builds the create input, leaving the flow to the server's default", () => {
    const values = { ...newInvitationForm(), name: " acme ", fixedData: fixedDataExample };
    expect(invitationCreateInput(values)).toEqual({
      ok: true,
      input: { name: "acme", expires: null, singleUse: true, notifyCreator: true, fixedData: { path: "users/contractors", attributes: { company: "acme" }, groups: ["contractors"] } },
    });
    expect(invitationCreateInput({ ...values, expires: "soon" })).toEqual({ ok: false, fieldErrors: { expires: ["Enter a valid date and time."] } });
  });

  it("summarises the fixed data for the list", () => {
    expect(fixedDataSummary({ path: "users/contractors", attributes: { company: "acme" }, groups: ["contractors"] })).toBe("users/contractors · 1 attribute · contractors");
    expect(fixedDataSummary({})).toBe("");
  });
});

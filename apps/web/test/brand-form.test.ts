import type { TBrand } from "@roster/core";
import { describe, expect, it } from "vitest";
import { brandCreateInput, brandFormFrom, brandSavedMessage, brandUpdateInput, newBrandForm } from "../src/lib/brand-form";

const flow = (id: string, slug: string) => ({ id, slug, name: slug });
const brand: TBrand = {
  id: "b1",
  domain: "roster.example",
  default: true,
  title: "Roster",
  flowAuthentication: flow("f-auth", "default-authentication-flow"),
  flowRecovery: null,
  flowInvalidation: flow("f-inv", "default-invalidation-flow"),
  flowEnrollment: null,
  defaultUserPath: "users",
  attributes: {},
};

describe("the brand form", () => {
  it("creates with none for flows left at —", () => {
    const result = brandCreateInput({ ...newBrandForm(), domain: " Login.Example.com " });
    expect(result).toEqual({
      ok: true,
      input: { domain: "Login.Example.com", title: "Roster", default: false, defaultUserPath: "users", flowAuthentication: null, flowRecovery: null, flowInvalidation: null, flowEnrollment: null, attributes: {} },
    });
  });

  it("updates only what changed, and unsets a flow set to —", () => {
    const values = { ...brandFormFrom(brand), flowRecovery: "f-rec", flowInvalidation: "" };
    expect(brandUpdateInput(brand, values)).toEqual({ ok: true, input: { id: "b1", flowRecovery: "f-rec", flowInvalidation: null } });
    expect(brandUpdateInput(brand, brandFormFrom(brand))).toEqual({ ok: true, input: { id: "b1" } });
  });

  it("refuses attributes that are not an object", () => {
    expect(brandUpdateInput(brand, { ...brandFormFrom(brand), attributes: "- a" }).ok).toBe(false);
  });

  it("announces a new recovery flow", () => {
    const saved = { ...brand, flowRecovery: flow("f-rec", "default-recovery-flow") };
    expect(brandSavedMessage(brand, saved, "updated")).toBe("Brand roster.example updated. Recovery flow set to default-recovery-flow: users can now recover their accounts by link or email.");
    expect(brandSavedMessage(saved, saved, "updated")).toBe("Brand roster.example updated");
  });
});

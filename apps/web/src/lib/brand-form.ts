/**
 * The Create / Edit brand form: its values as typed, and the `brands.create` input or the
 * `brands.update` input naming only what changed. A flow select holds a flow id, or "" for none.
 */
import type { TBrand, TBrandFlowField } from "@roster/core";
import { formatAttributes } from "./attributes-yaml";
import { parseAttributes } from "./parse-attributes";

export const brandFlowLabels: Record<TBrandFlowField, { label: string; designation: "authentication" | "recovery" | "invalidation" | "enrollment" }> = {
  flowAuthentication: { label: "Authentication flow", designation: "authentication" },
  flowRecovery: { label: "Recovery flow", designation: "recovery" },
  flowInvalidation: { label: "Invalidation flow", designation: "invalidation" },
  flowEnrollment: { label: "Enrollment flow", designation: "enrollment" },
};
export const brandFlowFieldNames = Object.keys(brandFlowLabels) as TBrandFlowField[];

export interface BrandFormValues {
  domain: string;
  title: string;
  default: boolean;
  defaultUserPath: string;
  flowAuthentication: string;
  flowRecovery: string;
  flowInvalidation: string;
  flowEnrollment: string;
  attributes: string;
}

export function newBrandForm(): BrandFormValues {
  return { domain: "", title: "Roster", default: false, defaultUserPath: "users", flowAuthentication: "", flowRecovery: "", flowInvalidation: "", flowEnrollment: "", attributes: "{}" };
}

export function brandFormFrom(brand: TBrand): BrandFormValues {
  return {
    domain: brand.domain,
    title: brand.title,
    default: brand.default,
    defaultUserPath: brand.defaultUserPath,
    flowAuthentication: brand.flowAuthentication?.id ?? "",
    flowRecovery: brand.flowRecovery?.id ?? "",
    flowInvalidation: brand.flowInvalidation?.id ?? "",
    flowEnrollment: brand.flowEnrollment?.id ?? "",
    attributes: formatAttributes(brand.attributes),
  };
}

export interface BrandInput {
  domain: string;
  title: string;
  default: boolean;
  defaultUserPath: string;
  flowAuthentication: string | null;
  flowRecovery: string | null;
  flowInvalidation: string | null;
  flowEnrollment: string | null;
  attributes: Record<string, unknown>;
}

export type BrandFormResult<T> = { ok: true; input: T } | { ok: false; attributes: string };

export function brandCreateInput(values: BrandFormValues): BrandFormResult<BrandInput> {
  const attributes = parseAttributes(values.attributes);
  if (!attributes.ok) return { ok: false, attributes: attributes.message };
  return {
    ok: true,
    input: {
      domain: values.domain.trim(),
      title: values.title.trim(),
      default: values.default,
      defaultUserPath: values.defaultUserPath.trim(),
      flowAuthentication: values.flowAuthentication || null,
      flowRecovery: values.flowRecovery || null,
      flowInvalidation: values.flowInvalidation || null,
      flowEnrollment: values.flowEnrollment || null,
      attributes: attributes.value,
    },
  };
}

export function brandUpdateInput(brand: TBrand, values: BrandFormValues): BrandFormResult<Partial<BrandInput> & { id: string }> {
  const created = brandCreateInput(values);
  if (!created.ok) return created;
  const next = created.input;
  const input: Partial<BrandInput> & { id: string } = { id: brand.id };
  if (next.domain !== brand.domain) input.domain = next.domain;
  if (next.title !== brand.title) input.title = next.title;
  if (next.default !== brand.default) input.default = next.default;
  if (next.defaultUserPath !== brand.defaultUserPath) input.defaultUserPath = next.defaultUserPath;
  for (const field of brandFlowFieldNames) {
    if (next[field] !== (brand[field]?.id ?? null)) input[field] = next[field];
  }
  if (JSON.stringify(next.attributes) !== JSON.stringify(brand.attributes)) input.attributes = next.attributes;
  return { ok: true, input };
}

/** The toast after saving; a new recovery flow is news of its own (recovery links now work). */
export function brandSavedMessage(before: TBrand | null, saved: TBrand, verb: "created" | "updated"): string {
  const message = `Brand ${saved.domain} ${verb}`;
  const recovery = saved.flowRecovery;
  if (!recovery || recovery.id === before?.flowRecovery?.id) return message;
  return `${message}. Recovery flow set to ${recovery.slug}: users can now recover their accounts by link or email.`;
}

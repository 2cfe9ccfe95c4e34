/** Input and output shapes of the brands procedures. */
import { z } from "zod";
import { ZFlowRef } from "../blueprints/stage-schema.js";
import { ZPageInput } from "../common/pagination.js";
import { ZAttributes } from "../users/schema.js";

/** A brand named in another object: enough to show and link it. */
export const ZBrandRef = z.object({ id: z.uuid(), domain: z.string(), title: z.string() });
export type TBrandRef = z.infer<typeof ZBrandRef>;

export const ZBrand = z.object({
  id: z.uuid(),
  domain: z.string(),
  default: z.boolean(),
  title: z.string(),
  flowAuthentication: ZFlowRef.nullable(),
  flowRecovery: ZFlowRef.nullable(),
  flowInvalidation: ZFlowRef.nullable(),
  /** Sign-up: the login page offers it when it runs without an invitation. */
  flowEnrollment: ZFlowRef.nullable(),
  defaultUserPath: z.string(),
  attributes: ZAttributes,
});
export type TBrand = z.infer<typeof ZBrand>;

/** Lowercased and trimmed here; `domainProblem` names what else is wrong with it. */
export const ZBrandDomain = z.string().trim().toLowerCase().min(1, "This field may not be blank.").max(253, "Ensure this field has no more than 253 characters.");
const ZBrandTitle = z.string().trim().max(200, "Ensure this field has no more than 200 characters.");
const ZFlowChoice = z.uuid().nullable();

export const ZBrandListFilter = z.object({
  /** Case-insensitive substring of the domain or title. */
  search: z.string().max(253).optional(),
});
export type TBrandListFilter = z.infer<typeof ZBrandListFilter>;
export const ZBrandListInput = ZBrandListFilter.extend(ZPageInput.shape);

export const ZBrandCreate = z.object({
  domain: ZBrandDomain,
  default: z.boolean().default(false),
  title: ZBrandTitle.default("Roster"),
  flowAuthentication: ZFlowChoice.default(null),
  flowRecovery: ZFlowChoice.default(null),
  flowInvalidation: ZFlowChoice.default(null),
  flowEnrollment: ZFlowChoice.default(null),
  defaultUserPath: z.string().default("users"),
  attributes: ZAttributes.default({}),
});
export type TBrandCreate = z.infer<typeof ZBrandCreate>;

export const ZBrandUpdate = z.object({
  id: z.uuid(),
  domain: ZBrandDomain.optional(),
  default: z.boolean().optional(),
  title: ZBrandTitle.optional(),
  /** A flow id, or null to unset it. */
  flowAuthentication: ZFlowChoice.optional(),
  flowRecovery: ZFlowChoice.optional(),
  flowInvalidation: ZFlowChoice.optional(),
  flowEnrollment: ZFlowChoice.optional(),
  defaultUserPath: z.string().optional(),
  attributes: ZAttributes.optional(),
});
export type TBrandUpdate = z.infer<typeof ZBrandUpdate>;

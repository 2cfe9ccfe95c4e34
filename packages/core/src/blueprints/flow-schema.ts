/** Input and output shapes of the flows administration procedures (`flows.execute` aside). */
import { z } from "zod";
import { ZBrandRef } from "../brands/schema.js";
import { ZPageInput } from "../common/pagination.js";
import { ZFlowDesignation } from "../flows/schema.js";
import { ZStage } from "./stage-schema.js";

export const flowMessages = {
  slugTaken: "A flow with this slug already exists.",
  slugFormat: "Enter a valid slug consisting of letters, numbers, underscores or hyphens.",
} as const;

export const ZFlowSlug = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(100, "Ensure this field has no more than 100 characters.")
  .regex(/^[A-Za-z0-9_-]+$/, flowMessages.slugFormat);

export const ZFlowName = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(200, "Ensure this field has no more than 200 characters.");

export const ZFlowTitle = z.string().trim().max(200, "Ensure this field has no more than 200 characters.");

export const ZFlowListItem = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  title: z.string(),
  designation: ZFlowDesignation,
  stageCount: z.number().int(),
  /** Brands that use this flow for authentication, recovery or invalidation. */
  brands: z.array(ZBrandRef),
});
export type TFlowListItem = z.infer<typeof ZFlowListItem>;

/** One stage of a flow, in order; `id` is the binding's. */
export const ZFlowBinding = z.object({ id: z.uuid(), order: z.number().int(), stage: ZStage });
export type TFlowBinding = z.infer<typeof ZFlowBinding>;

export const ZFlowDetail = ZFlowListItem.omit({ stageCount: true }).extend({ bindings: z.array(ZFlowBinding) });
export type TFlowDetail = z.infer<typeof ZFlowDetail>;

export const ZFlowListFilter = z.object({
  designation: ZFlowDesignation.optional(),
  /** Case-insensitive substring of the slug, name or title. */
  search: z.string().max(200).optional(),
});
export type TFlowListFilter = z.infer<typeof ZFlowListFilter>;
export const ZFlowListInput = ZFlowListFilter.extend(ZPageInput.shape);

export const ZFlowCreate = z.object({ slug: ZFlowSlug, name: ZFlowName, title: ZFlowTitle.default(""), designation: ZFlowDesignation });
export type TFlowCreate = z.infer<typeof ZFlowCreate>;

const ZStageIds = z.array(z.uuid()).max(100, "At most 100 stages in a flow.");

export const ZFlowUpdate = z.object({
  id: z.uuid(),
  name: ZFlowName.optional(),
  title: ZFlowTitle.optional(),
  designation: ZFlowDesignation.optional(),
  /** Replaces the flow's stages, in this order. */
  stageIds: ZStageIds.optional(),
});
export type TFlowUpdate = z.infer<typeof ZFlowUpdate>;

export const ZFlowImport = z.object({ yaml: z.string().min(1, "Paste or upload a blueprint.").max(1_000_000, "A blueprint may be at most 1 MB.") });
export const ZFlowExport = z.object({ yaml: z.string() });

/** What `flows.import` would do, told before it does it (`flows.importPlan`): each existing stage it changes names the flows that use it. */
export const ZFlowImportPlan = z.object({
  flow: z.object({ slug: z.string(), action: z.enum(["create", "change", "keep"]) }),
  stages: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      action: z.enum(["create", "change", "keep"]),
      /** The flows this stage is bound to now, besides the imported one. */
      otherFlows: z.array(z.object({ slug: z.string(), name: z.string() })),
    }),
  ),
});
export type TFlowImportPlan = z.infer<typeof ZFlowImportPlan>;

export const ZFlowExample = z.object({
  /** The file name under `packages/db/blueprints`. */
  file: z.string(),
  name: z.string(),
  /** The blueprint's leading comment. */
  description: z.string(),
  yaml: z.string(),
});
export type TFlowExample = z.infer<typeof ZFlowExample>;
export const ZFlowExamples = z.object({ items: z.array(ZFlowExample) });

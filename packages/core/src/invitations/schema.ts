/** Input and output shapes of the invitations procedures (SPEC §15). */
import { z } from "zod";
import { ZFlowRef } from "../blueprints/stage-schema.js";
import { ZPageInput } from "../common/pagination.js";
import { ZAttributes } from "../users/schema.js";
import { fixedDataProblem, type TInvitationFixedData } from "./fixed-data.js";
import { invitationMessages, invitationStatuses } from "./rules.js";

/** The fixed data as the API takes it: any key but path, attributes and groups is refused by name (never `is_superuser`). */
export const ZInvitationFixedData = ZAttributes.superRefine((value, ctx) => {
  const problem = fixedDataProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: problem.key ? [problem.key] : [] });
}).transform((value) => value as TInvitationFixedData);

/** The fixed data as the API answers it: plain fields (no transform, so OpenAPI can describe it). */
export const ZInvitationFixedDataOutput = z.object({
  path: z.string().optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  groups: z.array(z.string()).optional(),
}) satisfies z.ZodType<TInvitationFixedData>;

export const ZInvitationName = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(100, "Ensure this field has no more than 100 characters.")
  .regex(/^[a-z0-9][a-z0-9_-]*$/, invitationMessages.nameFormat);

const ZExpires = z.iso.datetime({ offset: true, message: "Enter a valid date and time." });
const ZUserRef = z.object({ id: z.uuid(), username: z.string() });

export const ZInvitation = z.object({
  id: z.uuid(),
  name: z.string(),
  flow: ZFlowRef,
  expires: z.string().nullable(),
  singleUse: z.boolean(),
  fixedData: ZInvitationFixedDataOutput,
  /** Tell the creator when someone enrolls with it. */
  notifyCreator: z.boolean(),
  createdBy: ZUserRef.nullable(),
  createdAt: z.string(),
  usedBy: ZUserRef.nullable(),
  usedAt: z.string().nullable(),
  status: z.enum(invitationStatuses),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZInvitationWithLink = ZInvitation.extend({ link: z.string() });
export type TInvitationWithLink = z.infer<typeof ZInvitationWithLink>;

export const ZInvitationListFilter = z.object({
  /** Case-insensitive substring of the name. */
  search: z.string().max(100).optional(),
});
export type TInvitationListFilter = z.infer<typeof ZInvitationListFilter>;
export const ZInvitationListInput = ZInvitationListFilter.extend(ZPageInput.shape);

export const ZInvitationCreate = z.object({
  name: ZInvitationName,
  /** An enrollment flow; `default-enrollment-flow` when omitted. */
  flowId: z.uuid().optional(),
  expires: ZExpires.nullable().default(null),
  singleUse: z.boolean().default(true),
  fixedData: ZInvitationFixedData.default({}),
  notifyCreator: z.boolean().default(true),
});
export type TInvitationCreate = z.infer<typeof ZInvitationCreate>;

export const ZInvitationUpdate = z.object({
  id: z.uuid(),
  name: ZInvitationName.optional(),
  flowId: z.uuid().optional(),
  expires: ZExpires.nullable().optional(),
  singleUse: z.boolean().optional(),
  fixedData: ZInvitationFixedData.optional(),
  notifyCreator: z.boolean().optional(),
});
export type TInvitationUpdate = z.infer<typeof ZInvitationUpdate>;

export const ZInvitationSend = z.object({ id: z.uuid(), email: z.email({ message: "Enter a valid email address." }) });
export type TInvitationSend = z.infer<typeof ZInvitationSend>;

export const defaultEnrollmentFlow = "default-enrollment-flow";

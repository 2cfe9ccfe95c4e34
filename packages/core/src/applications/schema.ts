/** Input and output shapes of the applications and bindings procedures (SPEC §10). */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { ZOAuthProvider, ZOAuthProviderInput } from "../oauth/schema.js";
import { applicationMessages, iconUploadProblem, iconUrlProblem, slugProblem, webUrlProblem } from "./rules.js";

export const policyEngineModes = ["any", "all"] as const;
export const ZPolicyEngineMode = z.enum(policyEngineModes);
export type TPolicyEngineMode = z.infer<typeof ZPolicyEngineMode>;

export const ZApplicationSlug = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = slugProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Empty for none; otherwise an absolute http(s) URL. */
export const ZWebUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = webUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const text = (max: number) => z.string().trim().max(max, `Ensure this field has no more than ${max.toLocaleString("en")} characters.`);
const ZApplicationName = text(200).min(1, applicationMessages.blank);

/** How an icon is shown: a URL elsewhere, or the image uploaded into Roster (served at `url`). */
export const ZApplicationIcon = z.object({ type: z.enum(["url", "upload"]), url: z.string() }).nullable();
export type TApplicationIcon = z.infer<typeof ZApplicationIcon>;

/**
 * A new icon: a URL, or an image sent as base64 (at most 256 KB once decoded); null removes it.
 * Every problem is named under `icon` itself, the one field the console shows it under.
 */
export const ZApplicationIconInput = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("url"), url: z.string().trim() }),
    z.object({ type: z.literal("upload"), contentType: z.string(), data: z.string() }),
  ])
  .superRefine((icon, ctx) => {
    const problem = icon.type === "url" ? iconUrlProblem(icon.url) : iconUploadProblem(icon.contentType, icon.data);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .nullable();
export type TApplicationIconInput = z.infer<typeof ZApplicationIconInput>;

/** The provider of an application (SPEC §11), as other pages name it. */
export const ZProviderRef = z.object({ type: z.string(), name: z.string() }).nullable();

export const ZApplication = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  launchUrl: z.string().nullable(),
  group: z.string(),
  metaDescription: z.string(),
  metaPublisher: z.string(),
  openInNewTab: z.boolean(),
  policyEngineMode: ZPolicyEngineMode,
  icon: ZApplicationIcon,
  provider: ZProviderRef,
  /** The OAuth2 / OpenID provider's settings (SPEC §11), or null. */
  oauthProvider: ZOAuthProvider.nullable(),
  /** Enabled bindings; none means open to every active user. */
  bindingCount: z.number().int(),
  createdAt: z.string(),
});
export type TApplication = z.infer<typeof ZApplication>;

/** What `applications.create`, `update` and `rotateSecret` return: the client secret, shown this once (null when none was made). */
export const ZApplicationWithSecret = ZApplication.extend({ clientSecret: z.string().nullable() });
export type TApplicationWithSecret = z.infer<typeof ZApplicationWithSecret>;

export const ZApplicationListFilter = z.object({
  /** Case-insensitive substring of the name, slug or group. */
  search: z.string().max(200).optional(),
});
export type TApplicationListFilter = z.infer<typeof ZApplicationListFilter>;
export const ZApplicationListInput = ZApplicationListFilter.extend(ZPageInput.shape);

export const ZApplicationCreate = z.object({
  slug: ZApplicationSlug,
  name: ZApplicationName,
  launchUrl: ZWebUrl.default(""),
  group: text(200).default(""),
  metaDescription: text(2000).default(""),
  metaPublisher: text(200).default(""),
  openInNewTab: z.boolean().default(false),
  policyEngineMode: ZPolicyEngineMode.default("any"),
  icon: ZApplicationIconInput.default(null),
  /** An OAuth2 / OpenID provider for the application; its client ID is generated. */
  provider: ZOAuthProviderInput.nullable().default(null),
});
export type TApplicationCreate = z.infer<typeof ZApplicationCreate>;

export const ZApplicationUpdate = z.object({
  id: z.uuid(),
  slug: ZApplicationSlug.optional(),
  name: ZApplicationName.optional(),
  /** Empty removes it. */
  launchUrl: ZWebUrl.optional(),
  group: text(200).optional(),
  metaDescription: text(2000).optional(),
  metaPublisher: text(200).optional(),
  openInNewTab: z.boolean().optional(),
  policyEngineMode: ZPolicyEngineMode.optional(),
  /** Null removes it; left out keeps it. */
  icon: ZApplicationIconInput.optional(),
  /** Null removes the provider (its client ID, secret, consents and tokens); left out keeps it. */
  provider: ZOAuthProviderInput.nullable().optional(),
});
export type TApplicationUpdate = z.infer<typeof ZApplicationUpdate>;

/** A card of My applications. */
export const ZMyApplication = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  launchUrl: z.string(),
  group: z.string(),
  metaDescription: z.string(),
  openInNewTab: z.boolean(),
  icon: ZApplicationIcon,
});
export type TMyApplication = z.infer<typeof ZMyApplication>;

/** A row of the user page's Applications tab. */
export const ZUserApplication = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  group: z.string(),
  launchUrl: z.string().nullable(),
  provider: ZProviderRef,
  icon: ZApplicationIcon,
});
export type TUserApplication = z.infer<typeof ZUserApplication>;

export const ZUserApplicationsInput = z.object({ userId: z.uuid() }).extend(ZPageInput.shape);

export const ZCheckAccessInput = z.object({ id: z.uuid(), userId: z.uuid() });
export const ZCheckAccessResult = z.object({ passing: z.boolean(), messages: z.array(z.string()) });
export type TCheckAccessResult = z.infer<typeof ZCheckAccessResult>;

export const ZPolicyBinding = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  user: z.object({ id: z.uuid(), username: z.string() }).nullable(),
  group: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  order: z.number().int(),
  negate: z.boolean(),
  enabled: z.boolean(),
});
export type TPolicyBinding = z.infer<typeof ZPolicyBinding>;

const ZOrder = z.number().int("The order must be a whole number.").min(-1_000_000).max(1_000_000);

export const ZPolicyBindingCreate = z
  .object({
    applicationId: z.uuid(),
    userId: z.uuid().nullish(),
    groupId: z.uuid().nullish(),
    /** Left out: after the application's last binding. */
    order: ZOrder.optional(),
    negate: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .superRefine((value, ctx) => {
    if (!value.userId && !value.groupId) ctx.addIssue({ code: "custom", path: ["userId"], message: applicationMessages.bindingSubjectMissing });
    if (value.userId && value.groupId) ctx.addIssue({ code: "custom", path: ["groupId"], message: applicationMessages.bindingSubjectBoth });
  });
export type TPolicyBindingCreate = z.infer<typeof ZPolicyBindingCreate>;

export const ZPolicyBindingUpdate = z
  .object({
    id: z.uuid(),
    /** Either one moves the binding to that user or group. */
    userId: z.uuid().optional(),
    groupId: z.uuid().optional(),
    order: ZOrder.optional(),
    negate: z.boolean().optional(),
    enabled: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.userId && value.groupId) ctx.addIssue({ code: "custom", path: ["groupId"], message: applicationMessages.bindingSubjectBoth });
  });
export type TPolicyBindingUpdate = z.infer<typeof ZPolicyBindingUpdate>;

export const ZPolicyBindingListInput = z.object({ applicationId: z.uuid() });

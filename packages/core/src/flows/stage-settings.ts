/**
 * The settings of each stage type, checked when a stage is created, changed or imported, and
 * read by the executor.
 */
import { z } from "zod";
import { deviceClasses, ZDeviceClass } from "../authenticators/schema.js";
import { consentModes, defaultConsentExpirySeconds } from "../oauth/rules.js";
import { pathProblem } from "../users/rules.js";
import { ZPromptField, type TStageType } from "./schema.js";

export const ZIdentificationSettings = z.object({
  userFields: z.array(z.enum(["username", "email"])).min(1, "Choose at least one user field.").default(["username", "email"]),
});

export const ZEmailSettings = z.object({
  subject: z.string().min(1, "The subject may not be blank.").max(200).default("Reset your password"),
  tokenExpiryMinutes: z.number().int().min(1, "The link must be valid for at least a minute.").max(7 * 24 * 60, "The link may be valid for at most a week.").default(30),
  template: z.enum(["recovery"]).default("recovery"),
});

export const ZPromptSettings = z.object({
  fields: z.array(ZPromptField).min(1, "A prompt stage needs at least one field."),
});

const ZNoSettings = z.object({}).strict();

export const notConfiguredActions = ["skip", "deny", "configure"] as const;

/** Sign-in's second factor: which device classes count, and what happens to a user without one. */
export const ZAuthenticatorValidateSettings = z.object({
  deviceClasses: z.array(ZDeviceClass).min(1, "Choose at least one device class.").default([...deviceClasses]),
  notConfiguredAction: z.enum(notConfiguredActions).default("skip"),
  /** With `configure` ("require MFA"): the device a user without one sets up before the session is created. */
  configureDeviceClass: ZDeviceClass.default("totp"),
});

/** Enrollment (SPEC §15): whether the flow may run without an invitation (open sign-up). */
export const ZInvitationSettings = z.object({
  continueWithoutInvitation: z.boolean().default(false),
});

/**
 * `never_create` saves the prompt onto the user proven in this execution (recovery, profile);
 * `always_create` creates a new user from the prompt (enrollment).
 */
export const ZUserWriteSettings = z.object({
  userCreationMode: z.enum(["never_create", "always_create"]).default("never_create"),
  userType: z.enum(["internal", "external"]).default("external"),
  /** The folder of created users; empty for the brand's default user path. An invitation's fixed path wins. */
  userPathTemplate: z.string().default("").superRefine((value, ctx) => {
    const problem = value === "" ? null : pathProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  createUsersAsInactive: z.boolean().default(false),
  /** Groups every created user joins, besides an invitation's: names or ids on input, stored as ids. */
  createUsersGroups: z.array(z.string().trim().min(1)).max(100).default([]),
});

/** How an authorization flow's consent stage asks (SPEC §11): every time, once for good, or once per period. */
export const ZConsentSettings = z.object({
  mode: z.enum(consentModes).default("expiring"),
  /** Seconds a consent lasts in mode `expiring`. */
  consentExpirySeconds: z.number().int().min(60, "A consent must last at least a minute.").max(10 * 365 * 24 * 3600, "A consent may last at most ten years.").default(defaultConsentExpirySeconds),
});

/**
 * The settings that place users in groups, per stage type: stored as group ids, shown as names,
 * and vouched for by whoever set them (SPEC §9) — checked when set and again when used.
 */
export const groupReferenceSettings: Partial<Record<TStageType, readonly string[]>> = {
  user_write: ["createUsersGroups"],
};

export const stageSettingsSchemas: Record<TStageType, z.ZodType<Record<string, unknown>>> = {
  identification: ZIdentificationSettings,
  password: ZNoSettings,
  authenticator_validate: ZAuthenticatorValidateSettings,
  authenticator_totp: ZNoSettings,
  authenticator_static: ZNoSettings,
  authenticator_webauthn: ZNoSettings,
  email: ZEmailSettings,
  prompt: ZPromptSettings,
  user_write: ZUserWriteSettings,
  user_login: ZNoSettings,
  user_logout: ZNoSettings,
  consent: ZConsentSettings,
  invitation: ZInvitationSettings,
};

export type TAuthenticatorValidateSettings = z.infer<typeof ZAuthenticatorValidateSettings>;
export type TEmailSettings = z.infer<typeof ZEmailSettings>;
export type TConsentSettings = z.infer<typeof ZConsentSettings>;
export type TUserWriteSettings = z.infer<typeof ZUserWriteSettings>;
export type TInvitationSettings = z.infer<typeof ZInvitationSettings>;
export type TPromptSettings = z.infer<typeof ZPromptSettings>;

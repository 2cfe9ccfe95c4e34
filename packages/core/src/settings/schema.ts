import { z } from "zod";

export const ZSettings = z.object({
  impersonation: z.boolean(),
  impersonationRequireReason: z.boolean(),
  defaultTokenDurationSeconds: z.number().int().min(60, "The token duration must be at least 60 seconds.").max(31_536_000, "The token duration may not exceed one year."),
  defaultTokenLength: z.number().int().min(32, "Tokens must be at least 32 characters long.").max(256, "Tokens may not be longer than 256 characters."),
  uniqueEmail: z.boolean(),
  eventRetentionDays: z.number().int().min(1, "Events must be kept at least one day.").max(3650, "Events may be kept at most ten years."),
  paginationDefaultPageSize: z.number().int().min(1).max(100, "Page sizes may not exceed 100."),
  paginationMaxPageSize: z.number().int().min(1).max(100, "Page sizes may not exceed 100."),
  sessionIdleTimeoutSeconds: z.number().int().min(300, "The idle timeout must be at least 5 minutes.").max(31_536_000, "The idle timeout may not exceed one year."),
  sessionMaxAgeSeconds: z.number().int().min(300, "Sessions must last at least 5 minutes.").max(31_536_000, "Sessions may not last longer than one year."),
  recoveryEmailIntervalSeconds: z.number().int().min(0, "The interval may not be negative.").max(86_400, "The interval may not exceed one day."),
  recoveryEmailDailyLimit: z.number().int().min(1, "At least one recovery email a day must be allowed.").max(100, "At most 100 recovery emails a day may be allowed."),
});
export type TSettings = z.infer<typeof ZSettings>;

/** What the Impersonate dialog needs to know: whether impersonation is on and a reason required. */
export const ZImpersonationSettings = ZSettings.pick({ impersonation: true, impersonationRequireReason: true });
export type TImpersonationSettings = z.infer<typeof ZImpersonationSettings>;

export const ZSettingsUpdate = ZSettings.partial().refine(
  (value) => value.paginationDefaultPageSize === undefined || value.paginationMaxPageSize === undefined || value.paginationDefaultPageSize <= value.paginationMaxPageSize,
  { message: "The default page size may not exceed the maximum page size.", path: ["paginationDefaultPageSize"] },
);
export type TSettingsUpdate = z.infer<typeof ZSettingsUpdate>;

import { EntitySchema } from "@mikro-orm/core";

/** The single row of system settings (id = 1). */
export class Settings {
  id!: number;
  impersonation!: boolean;
  impersonationRequireReason!: boolean;
  defaultTokenDurationSeconds!: number;
  defaultTokenLength!: number;
  uniqueEmail!: boolean;
  eventRetentionDays!: number;
  paginationDefaultPageSize!: number;
  paginationMaxPageSize!: number;
  sessionIdleTimeoutSeconds!: number;
  sessionMaxAgeSeconds!: number;
  recoveryEmailIntervalSeconds!: number;
  recoveryEmailDailyLimit!: number;
}

export const SettingsSchema = new EntitySchema<Settings>({
  class: Settings,
  tableName: "settings",
  properties: {
    id: { type: "integer", primary: true },
    impersonation: { type: "boolean" },
    impersonationRequireReason: { type: "boolean" },
    defaultTokenDurationSeconds: { type: "integer" },
    defaultTokenLength: { type: "integer" },
    uniqueEmail: { type: "boolean" },
    eventRetentionDays: { type: "integer" },
    paginationDefaultPageSize: { type: "integer" },
    paginationMaxPageSize: { type: "integer" },
    sessionIdleTimeoutSeconds: { type: "integer" },
    sessionMaxAgeSeconds: { type: "integer" },
    recoveryEmailIntervalSeconds: { type: "integer" },
    recoveryEmailDailyLimit: { type: "integer" },
  },
});

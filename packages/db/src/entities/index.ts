export * from "./api-token.js";
export * from "./brand.js";
export * from "./data-export.js";
export * from "./event.js";
export * from "./flow.js";
export * from "./group.js";
export * from "./mail-message.js";
export * from "./notification.js";
export * from "./role.js";
export * from "./session.js";
export * from "./settings.js";
export * from "./user.js";

import { ApiTokenSchema } from "./api-token.js";
import { BrandSchema } from "./brand.js";
import { DataExportSchema } from "./data-export.js";
import { AuditEventSchema } from "./event.js";
import { FlowSchema, FlowStageBindingSchema, FlowStateSchema, StageSchema } from "./flow.js";
import { GroupSchema } from "./group.js";
import { MailMessageSchema } from "./mail-message.js";
import { NotificationSchema } from "./notification.js";
import { RolePermissionSchema, RoleSchema } from "./role.js";
import { SessionSchema } from "./session.js";
import { SettingsSchema } from "./settings.js";
import { UserSchema } from "./user.js";

export const entities = [
  ApiTokenSchema,
  AuditEventSchema,
  BrandSchema,
  DataExportSchema,
  FlowSchema,
  FlowStageBindingSchema,
  FlowStateSchema,
  GroupSchema,
  MailMessageSchema,
  NotificationSchema,
  RolePermissionSchema,
  RoleSchema,
  SessionSchema,
  SettingsSchema,
  StageSchema,
  UserSchema,
];

/** Input and output shapes of the tokens and service-accounts procedures. */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { ZUsername } from "../users/schema.js";

/** Intents that the tokens procedures manage; recovery tokens belong to recovery links. */
export const tokenIntents = ["api", "app_password"] as const;
export const ZTokenIntent = z.enum(tokenIntents);
export type TTokenIntentName = z.infer<typeof ZTokenIntent>;

export const ZToken = z.object({
  id: z.uuid(),
  identifier: z.string(),
  user: z.object({ id: z.uuid(), username: z.string() }),
  intent: ZTokenIntent,
  expiring: z.boolean(),
  expires: z.string().nullable(),
  description: z.string(),
  lastUsed: z.string().nullable(),
  createdAt: z.string(),
});
export type TToken = z.infer<typeof ZToken>;

export const ZTokenListFilter = z.object({ userId: z.uuid().optional(), intent: ZTokenIntent.optional() });
export type TTokenListFilter = z.infer<typeof ZTokenListFilter>;
export const ZTokenListInput = ZTokenListFilter.extend(ZPageInput.shape);

export const ZTokenIdentifier = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(255, "Ensure this field has no more than 255 characters.");

const ZExpires = z.iso.datetime({ offset: true, message: "Enter a valid date and time." });

export const ZTokenCreate = z.object({
  identifier: ZTokenIdentifier,
  /** Defaults to the caller. */
  userId: z.uuid().optional(),
  intent: ZTokenIntent.default("api"),
  expiring: z.boolean().default(true),
  /** Defaults to now plus the default token duration of the settings. */
  expires: ZExpires.optional(),
  description: z.string().max(1000).default(""),
});
export type TTokenCreate = z.infer<typeof ZTokenCreate>;

export const ZTokenUpdate = z.object({
  id: z.uuid(),
  description: z.string().max(1000).optional(),
  expiring: z.boolean().optional(),
  expires: ZExpires.optional(),
});
export type TTokenUpdate = z.infer<typeof ZTokenUpdate>;

/** A new token and its key: the key is shown this once and stored only as a hash. */
export const ZTokenWithKey = z.object({ token: ZToken, key: z.string() });

export const ZServiceAccountCreate = z.object({
  name: ZUsername,
  /** Also create a group of the same name with the account in it. */
  createGroup: z.boolean().default(false),
  expiring: z.boolean().default(true),
  expires: ZExpires.optional(),
});
export type TServiceAccountCreate = z.infer<typeof ZServiceAccountCreate>;

export const ZServiceAccountCreated = z.object({
  user: z.object({ id: z.uuid(), username: z.string() }),
  group: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  token: z.object({ id: z.uuid(), identifier: z.string() }),
  key: z.string(),
});
export type TServiceAccountCreated = z.infer<typeof ZServiceAccountCreated>;

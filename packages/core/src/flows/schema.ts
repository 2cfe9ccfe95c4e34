/** What `flows.execute` takes and returns: the contract between the executor and the pages. */
import { z } from "zod";
import { ZDeviceChallenge } from "../authenticators/schema.js";

export const stageTypes = [
  "identification",
  "password",
  "authenticator_validate",
  "authenticator_totp",
  "authenticator_static",
  "authenticator_webauthn",
  "email",
  "prompt",
  "user_write",
  "user_login",
  "user_logout",
  "consent",
  "invitation",
] as const;
export const ZStageType = z.enum(stageTypes);
export type TStageType = z.infer<typeof ZStageType>;

export const flowDesignations = ["authentication", "recovery", "invalidation", "authorization", "stage_configuration", "enrollment"] as const;
export const ZFlowDesignation = z.enum(flowDesignations);
export type TFlowDesignation = z.infer<typeof ZFlowDesignation>;

export const ZPromptField = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(["text", "email", "password"]),
  required: z.boolean(),
});
export type TPromptField = z.infer<typeof ZPromptField>;

export const ZFlowExecuteInput = z.object({
  slug: z.string().min(1),
  token: z.string().optional(),
  restart: z.boolean().optional(),
  response: z.record(z.string(), z.unknown()).optional(),
});
export type TFlowExecuteInput = z.infer<typeof ZFlowExecuteInput>;

export const ZFlowChallenge = z.object({
  type: z.literal("challenge"),
  component: ZStageType,
  flow: z.object({ slug: z.string(), title: z.string(), designation: z.string().optional() }),
  /** The user the flow is about, once identified ("Not you?"). */
  pendingUser: z.string().nullable(),
  /** For identification: which identifiers are accepted. */
  userFields: z.array(z.enum(["username", "email"])).optional(),
  /** For identification: the console path of the brand's recovery flow ("Forgot username or password?"). */
  recoveryUrl: z.string().optional(),
  /** For prompt stages. */
  fields: z.array(ZPromptField).optional(),
  message: z.string().optional(),
  /** authenticator_totp: the `otpauth://` URL (the QR code) and the secret as text. */
  configUrl: z.string().optional(),
  secret: z.string().optional(),
  /** authenticator_static: the recovery codes, shown this once. */
  codes: z.array(z.string()).optional(),
  /** authenticator_webauthn: PublicKeyCredentialCreationOptionsJSON. */
  registration: z.record(z.string(), z.unknown()).optional(),
  /** authenticator_validate: one entry per device class the user may answer with. */
  deviceChallenges: z.array(ZDeviceChallenge).optional(),
  /** The answer to the previous response was wrong: what to tell the person. */
  error: z.string().optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
});
export type TFlowChallenge = z.infer<typeof ZFlowChallenge>;

export const ZFlowResult = z.discriminatedUnion("type", [
  ZFlowChallenge,
  z.object({ type: z.literal("redirect"), to: z.string() }),
  z.object({ type: z.literal("denied"), message: z.string() }),
]);
export type TFlowResult = z.infer<typeof ZFlowResult>;

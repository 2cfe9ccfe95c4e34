/**
 * What one execution of a flow remembers between requests (`flow_states.data`), as a typed
 * record checked when it is read: who was proven and how (`proof`, owned by flow-subject.ts), how
 * the flow was entered (`entry`), and the stages' scratch (`prompt`, `setup`, `emailSent`). A
 * state that does not parse — written by an older version, or tampered with — is not resumed.
 */
import { z } from "zod";

/** How a person proved to be the user (the `login` event names them; RFC 8176 `amr` below). */
export const proofMethods = ["password", "totp", "webauthn", "recovery_code", "recovery_link", "enrollment", "session"] as const;
export type TProofMethod = (typeof proofMethods)[number];

/** RFC 8176 method references of each proof method, for the `login` event's `amr`. */
export const amrOfProofMethod: Record<TProofMethod, string | null> = {
  password: "pwd",
  totp: "otp",
  recovery_code: "otp",
  webauthn: "hwk",
  recovery_link: null,
  enrollment: null,
  session: null,
};

const ZId = z.string().uuid();

export const ZFlowProof = z
  .object({
    userId: ZId,
    methods: z.array(z.enum(proofMethods)).min(1),
    /** When the first method was proven (ISO-8601). */
    at: z.string(),
  })
  .strict();
export type TFlowProof = z.infer<typeof ZFlowProof>;

export const ZFlowEntry = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("recovery"), tokenHash: z.string() }).strict(),
  z.object({ kind: z.literal("invitation"), tokenHash: z.string(), invitationId: ZId }).strict(),
]);
export type TFlowEntry = z.infer<typeof ZFlowEntry>;

/** The stages' own notes: never identity, which only flow-subject.ts writes. */
export const ZFlowScratch = z
  .object({
    /** What prompt stages collected; a password only as its hash. */
    prompt: z.record(z.string(), z.string()).optional(),
    emailSent: z.boolean().optional(),
    setup: z
      .object({
        totpDeviceId: ZId.optional(),
        staticDeviceId: ZId.optional(),
        webauthnChallenge: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TFlowScratch = z.infer<typeof ZFlowScratch>;

export const ZFlowContext = ZFlowScratch.extend({
  /** What the visitor typed to identify themselves (shown on later challenges, counted by the throttle). */
  uid: z.string().max(1000).optional(),
  proof: ZFlowProof.optional(),
  entry: ZFlowEntry.optional(),
}).strict();
export type TFlowContext = z.infer<typeof ZFlowContext>;

/** The stored context, or null when it is not one this version wrote. */
export function readFlowContext(data: unknown): TFlowContext | null {
  const parsed = ZFlowContext.safeParse(data ?? {});
  return parsed.success ? parsed.data : null;
}

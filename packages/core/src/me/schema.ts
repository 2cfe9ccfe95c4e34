/** Input shapes and messages of the signed-in user's own Settings page (`me.*`). */
import { z } from "zod";

export const selfServiceMessages = {
  wrongCurrentPassword: "Your current password is not correct.",
  samePassword: "The new password must differ from the current one.",
  impersonating: "Stop impersonating first: only the account's owner can change its password or sign out its sessions.",
} as const;

const ZPasswordText = z.string().max(1024, "The password may not be longer than 1,024 characters.");

export const ZChangeOwnPassword = z.object({
  currentPassword: ZPasswordText.min(1, "This field may not be blank."),
  newPassword: ZPasswordText,
});
export type TChangeOwnPassword = z.infer<typeof ZChangeOwnPassword>;

/** Settings › Change password: the three fields, and what is wrong before anything is sent. */
import { repeatProblems } from "./new-password";

export interface OwnPasswordFormValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export const ownPasswordFields = ["currentPassword", "newPassword", "repeatPassword"] as const;

export function newOwnPasswordForm(): OwnPasswordFormValues {
  return { currentPassword: "", newPassword: "", repeatPassword: "" };
}

/**
 * Only what the server cannot know: that the repeat matches. Blank fields and the password rules
 * are the server's to judge, in its own words.
 */
export function ownPasswordProblems(values: OwnPasswordFormValues): Record<string, string[]> {
  return repeatProblems(values.newPassword, values.repeatPassword, "repeatPassword");
}

/**
 * Recovery links from the user page: how long a new link stays valid, the `users.createRecoveryLink`
 * input for that choice, and what the page says afterwards.
 */
export type RecoveryValidity = "default" | "1h" | "1d" | "7d";

export const recoveryValidityOptions: { value: RecoveryValidity; label: string; seconds: number | null }[] = [
  { value: "default", label: "Server default (System › Settings)", seconds: null },
  { value: "1h", label: "1 hour", seconds: 3600 },
  { value: "1d", label: "1 day", seconds: 86_400 },
  { value: "7d", label: "7 days", seconds: 7 * 86_400 },
];

export function isRecoveryValidity(value: string): value is RecoveryValidity {
  return recoveryValidityOptions.some((option) => option.value === value);
}

/** The server's own setting applies when no duration is sent. */
export function recoveryLinkInput(id: string, validity: RecoveryValidity): { id: string; tokenDuration?: number } {
  const seconds = recoveryValidityOptions.find((option) => option.value === validity)?.seconds ?? null;
  return seconds === null ? { id } : { id, tokenDuration: seconds };
}

export function recoveryEmailToast(email: string): string {
  return `Recovery email queued for ${email}`;
}

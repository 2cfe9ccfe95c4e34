/** Rules of invitations that need no database: their messages and the status an admin sees. */

export const invitationMessages = {
  expiredOrUsed: "This invitation has expired or was already used.",
  required: "You need an invitation to sign up here. Open the link from your invitation email.",
  nameTaken: "An invitation with this name already exists.",
  nameFormat: "Use lowercase letters, digits, hyphens and underscores, starting with a letter or digit.",
  expiresPast: "The expiry must be in the future.",
  groupMissing: (name: string) => `Group "${name}" does not exist.`,
  noUsername: "This flow has no username field: add one to its prompt stage.",
} as const;

export const invitationStatuses = ["active", "used", "expired"] as const;
export type TInvitationStatus = (typeof invitationStatuses)[number];

export function invitationStatus(invitation: { usedAt: string | null; expires: string | null; singleUse: boolean }, now: Date = new Date()): TInvitationStatus {
  if (invitation.singleUse && invitation.usedAt) return "used";
  if (invitation.expires && new Date(invitation.expires).getTime() <= now.getTime()) return "expired";
  return "active";
}

import type { PermissionSet } from "./permission-set.js";

/** Who is calling: the effective user, how they authenticated, and who they really are. */
export interface Actor {
  userId: string;
  username: string;
  permissions: PermissionSet;
  sessionId: string | null;
  tokenId: string | null;
  /** Set while an admin impersonates this user: the admin. */
  impersonator: { id: string; username: string } | null;
  clientIp: string;
  userAgent: string;
  brand: string;
}

/** Where a request comes from, known before anyone signs in. */
export interface RequestOrigin {
  clientIp: string;
  userAgent: string;
  brand: string;
}

/** The kinds of user, and which of them are service accounts: one list that every rule reads. */
export const userTypes = ["internal", "external", "service_account", "internal_service_account"] as const;
export type TUserType = (typeof userTypes)[number];

/** Service accounts have no usable password and sign in only with API tokens. */
export const serviceAccountTypes = ["service_account", "internal_service_account"] as const satisfies readonly TUserType[];

const serviceAccountSet = new Set<string>(serviceAccountTypes);

export function isServiceAccount(type: string): boolean {
  return serviceAccountSet.has(type);
}

/** The text file "Download" saves: the codes one per line, with what they are for. */
export function recoveryCodesFile(codes: readonly string[], account: string | null, site: string): string {
  const header = [`Roster recovery codes${account ? ` for ${account}` : ""} (${site})`, "Each code works once, in place of a code from your authenticator app.", ""];
  return [...header, ...codes, ""].join("\n");
}

/** What the flow executor and its stages tell the visitor, in one place (the tests read them too). */
export const flowMessages = {
  expiredLink: "This link has expired or was already used.",
  invalidCredentials: "Invalid username or password.",
  inactiveAccount: "This account is disabled. Contact your administrator.",
  cannotSignIn: "This flow cannot sign anyone in at this point.",
  noAccountToUpdate: "There is no account to update in this flow.",
  checkInbox: "If an account matches, we sent an email with a link to continue. Check your inbox.",
  passwordsDoNotMatch: "The passwords do not match.",
  recoveryCodesExpired: "These recovery codes are no longer pending. Start again to get a new set.",
  unknownStageType: (type: string) => `This flow uses the stage type "${type}", which this server cannot run.`,
} as const;

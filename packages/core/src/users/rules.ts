/** Rules for user fields that need no database: the messages are the ones admins will read. */

export const pathMessages = {
  blank: "This field may not be blank.",
  slashes: "No leading or trailing slashes allowed.",
  emptySegment: "No empty segments in user path allowed.",
  control: "Path segments may not contain control characters.",
} as const;

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** The message for an invalid user path, or null when it is valid. */
export function pathProblem(path: string): string | null {
  if (path.length === 0) return pathMessages.blank;
  if (path.startsWith("/") || path.endsWith("/")) return pathMessages.slashes;
  const segments = path.split("/");
  if (segments.some((segment) => segment.length === 0)) return pathMessages.emptySegment;
  if (segments.some((segment) => controlCharacters.test(segment))) return pathMessages.control;
  return null;
}

export const usernameMessages = {
  blank: "This field may not be blank.",
  tooLong: "Ensure this field has no more than 150 characters.",
  whitespace: "Username may not start or end with whitespace.",
} as const;

export function usernameProblem(username: string): string | null {
  if (username.length === 0) return usernameMessages.blank;
  if (username.length > 150) return usernameMessages.tooLong;
  if (username.trim() !== username) return usernameMessages.whitespace;
  return null;
}

/** The system folder of service accounts. */
export const serviceAccountPath = "roster/service-accounts";

/** `hint`: the rule as the console states it under a new-password field, before anything is sent. */
export const passwordRule = { minLength: 8, message: "The password must be at least 8 characters long.", hint: "At least 8 characters." } as const;

export function passwordProblem(password: string): string | null {
  if (password.length === 0) return "This field may not be blank.";
  if (password.length < passwordRule.minLength) return passwordRule.message;
  return null;
}

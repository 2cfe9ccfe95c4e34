/**
 * A new password typed twice (Settings › Change password, Reset password): the one check the
 * server cannot make — that the repeat matches — and a strong password generated in the browser.
 */

export const repeatMismatchMessage = "Repeat new password does not match the new password.";

/** The repeat field's problem, under the form's own name for that field; none when they match. */
export function repeatProblems(newPassword: string, repeat: string, repeatField: string): Record<string, string[]> {
  return repeat === newPassword ? {} : { [repeatField]: [repeatMismatchMessage] };
}

/** No 0/O, 1/l/I: the admin may have to read the password out or type it from a screen. */
export const unambiguousAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
export const generatedPasswordLength = 20;

/**
 * `length` characters drawn uniformly from the alphabet with the Web Crypto CSPRNG (about 117
 * bits for 20 of 57); bytes that would bias the draw (256 is not a multiple of 57) are skipped.
 */
export function generatePassword(length = generatedPasswordLength, random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const alphabet = unambiguousAlphabet;
  const limit = 256 - (256 % alphabet.length);
  let password = "";
  while (password.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte < limit && password.length < length) password += alphabet[byte % alphabet.length] ?? "";
    }
  }
  return password;
}

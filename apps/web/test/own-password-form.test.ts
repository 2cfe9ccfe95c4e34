import { describe, expect, it } from "vitest";
import { newOwnPasswordForm, ownPasswordProblems } from "../src/lib/own-password-form";
import { generatePassword, repeatMismatchMessage, unambiguousAlphabet } from "../src/lib/new-password";

describe("change own password form", () => {
  it("says under the repeat field when the two new passwords differ", () => {
    expect(ownPasswordProblems({ currentPassword: "old-password-1", newPassword: "new-password-1", repeatPassword: "new-password-2" })).toEqual({ repeatPassword: [repeatMismatchMessage] });
  });

  it("leaves blank fields and the password rules to the server", () => {
    expect(ownPasswordProblems(newOwnPasswordForm())).toEqual({});
    expect(ownPasswordProblems({ currentPassword: "", newPassword: "short", repeatPassword: "short" })).toEqual({});
  });
});

describe("new passwords", () => {
  it("names the repeat field when the two differ", () => {
    expect(repeatMismatchMessage).toBe("Repeat new password does not match the new password.");
  });

  it("generates 20 characters from the unambiguous alphabet, different each time", () => {
    const first = generatePassword();
    expect(first).toHaveLength(20);
    expect([...first].every((character) => unambiguousAlphabet.includes(character))).toBe(true);
    expect(first).not.toMatch(/[0O1lI]/);
    expect(generatePassword()).not.toBe(first);
  });

  it("skips the bytes that would favour the first letters of the alphabet", () => {
    // 57 letters: bytes 228–255 would make the first 28 likelier, so they are drawn again.
    const bytes = [228, 255, 0, 56, 57];
    const password = generatePassword(3, (buffer) => buffer.map((_, index) => bytes[index] ?? 0));
    expect(password).toBe(`${unambiguousAlphabet[0] ?? ""}${unambiguousAlphabet[56] ?? ""}${unambiguousAlphabet[0] ?? ""}`);
  });
});

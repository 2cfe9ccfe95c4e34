/**
 * Input that no field may hold, whatever its schema: NUL characters and unpaired surrogates
 * (PostgreSQL stores neither in text or jsonb, so they would fail as a server error), and JSON
 * nested deeper than any Roster object (a cost bound). Checked at the API's edge, before the
 * schemas, so that the answer is a 400 naming the field.
 */
export const maxInputDepth = 32;

export const inputTextMessages = {
  nul: "This field may not contain NUL characters (\\u0000).",
  surrogate: "This field contains an unpaired UTF-16 surrogate: it is not valid Unicode text.",
  depth: `This value is nested deeper than ${maxInputDepth} levels.`,
} as const;

export interface InputTextProblem {
  /** Where, as a field path (`attributes.a.b`, `ids.3`); "input" for the whole input. */
  path: string;
  message: string;
}

// eslint-disable-next-line no-control-regex -- NUL is what this looks for
const nul = /\u0000/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string): string | null {
  if (nul.test(text)) return inputTextMessages.nul;
  if (loneSurrogate.test(text)) return inputTextMessages.surrogate;
  return null;
}

/** The first problem in a parsed JSON value (strings and keys alike), or null. */
export function inputTextProblem(value: unknown, path: readonly (string | number)[] = [], depth = 0): InputTextProblem | null {
  const where = () => (path.length > 0 ? path.join(".") : "input");
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? { path: where(), message } : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (depth >= maxInputDepth) return { path: where(), message: inputTextMessages.depth };
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === "string") {
      const message = textProblem(key);
      // The key itself cannot name the field: the message would carry the bad text.
      if (message) return { path: where(), message: `A key of this object: ${message.charAt(0).toLowerCase()}${message.slice(1)}` };
    }
    const problem = inputTextProblem(item, [...path, key], depth + 1);
    if (problem) return problem;
  }
  return null;
}

import { AppError } from "../errors.js";

/** A query error carries the offsets the console underlines, beside the readable message. */
export function queryError(message: string, start: number, end: number): AppError {
  return new AppError("BAD_REQUEST", message, { queryError: { message, start, end } });
}

/** The 1-based `line:column` of a 0-based offset, the way an admin reads the query box. */
export function humanPosition(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === "\n") {
      line++;
      lineStart = index + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** `"<what> at 1:5"`, optionally followed by ` — <hint>`. */
export function queryErrorAt(text: string, start: number, end: number, what: string, hint?: string): AppError {
  const message = `${what} at ${humanPosition(text, start)}${hint === undefined ? "" : ` — ${hint}`}`;
  return queryError(message, start, end);
}

/** Quotes a piece of the input for a message, shortened so that a message stays one line. */
export function quoteForMessage(text: string): string {
  const shortened = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `"${shortened}"`;
}

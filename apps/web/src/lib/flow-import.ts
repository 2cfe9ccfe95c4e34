/** What the Import dialog lists under the editor, and how an exported blueprint is named when saved. */
import type { ClientError } from "./client-error";

/** Every problem of a refused blueprint (one per line, each naming its line), else the message. */
export function importProblems(error: ClientError): string[] {
  const lines = error.fieldErrors.yaml ?? [];
  return lines.length > 0 ? lines : [error.message];
}

export function blueprintFileName(slug: string): string {
  return `${slug.replace(/[^A-Za-z0-9_-]/g, "-") || "flow"}.yaml`;
}

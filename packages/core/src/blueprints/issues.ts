/**
 * Turns zod issues into `{path, message}` pairs written for the admin: a missing value reads
 * "Required", each unknown key becomes its own issue at that key, and paths print as
 * `stages[1].settings.subject`.
 */
import type { z } from "zod";

export type TIssuePath = (string | number)[];

export interface TBlueprintIssue {
  path: TIssuePath;
  message: string;
}

/** Per-parse error map: `undefined` or `null` where a value is expected is simply "Required". */
export const requiredErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && (issue.input === undefined || issue.input === null) ? "Required" : undefined;

export function issuesFromZod(error: z.ZodError, prefix: TIssuePath = []): TBlueprintIssue[] {
  return error.issues.flatMap((issue): TBlueprintIssue[] => {
    const path = [...prefix, ...issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)))];
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: [...path, key], message: "Unknown field" }));
    return [{ path, message: issue.message }];
  });
}

/** `["stages", 1, "type"]` → `stages[1].type`. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, segment) => (typeof segment === "number" ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), "");
}

/** `stages[1].type: Unknown stage type "emial" (line 14).` */
export function blueprintIssueText(issue: TBlueprintIssue, line: number | null): string {
  const path = formatIssuePath(issue.path);
  const message = issue.message.replace(/\.$/, "");
  const where = line === null ? "" : ` (line ${line})`;
  return `${path ? `${path}: ` : ""}${message}${where}.`;
}

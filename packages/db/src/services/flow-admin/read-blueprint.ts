/**
 * Reads a blueprint's YAML text into a checked blueprint. Every problem names where it is: YAML
 * syntax errors by line and column, schema problems by path and by the line of the offending
 * node (or of the nearest node that exists, for a missing key), all under `fieldErrors.yaml`.
 */
import { AppError, blueprintIssueText, checkBlueprint, type TBlueprint, type TIssuePath } from "@roster/core";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export interface ReadBlueprint {
  blueprint: TBlueprint;
  /** The line of the node at this path, for problems found later (in the database). */
  lineOf: (path: TIssuePath) => number | null;
}

export function readBlueprint(text: string): ReadBlueprint {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const messages = document.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return `YAML syntax error: ${error.message.replace(/\.$/, "")} (line ${line}, column ${col}).`;
    });
    throw blueprintError(messages);
  }
  const lineOf = (path: TIssuePath) => {
    const offset = nodeOffset(document.contents, path);
    return offset === null ? null : lineCounter.linePos(offset).line;
  };
  const checked = checkBlueprint(toData(document));
  if ("blueprint" in checked) return { blueprint: checked.blueprint, lineOf };
  // In reading order, so that the first message is the first problem in the text.
  const located = checked.issues.map((issue) => ({ issue, line: lineOf(issue.path) })).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  throw blueprintError(located.map(({ issue, line }) => blueprintIssueText(issue, line)));
}

/** The document's data; aliases are bounded so that a small text cannot expand into a huge one. */
function toData(document: Document): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw blueprintError([`YAML error: ${error instanceof Error ? error.message.replace(/\.$/, "") : "the document cannot be read"}.`]);
  }
}

export function blueprintError(messages: string[]): AppError {
  return new AppError("BAD_REQUEST", messages[0] ?? "This blueprint is not valid.", { fieldErrors: { yaml: messages } });
}

/**
 * The start of the node at this path: a value where it has one, its key where the value is
 * empty (`slug:`) or where the key itself is the problem, else the deepest ancestor that exists.
 */
function nodeOffset(root: unknown, path: TIssuePath): number | null {
  let node = root;
  let offset = rangeStart(root);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
      if (!pair) break;
      const valueStart = isScalar(pair.value) && pair.value.value === null ? null : rangeStart(pair.value);
      offset = valueStart ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | null {
  return (node as Node | null)?.range?.[0] ?? null;
}

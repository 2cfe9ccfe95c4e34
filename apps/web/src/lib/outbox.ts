/** System › Outbox: messages newest first; the text's links become clickable, the rest stays text. */
export function newestFirst<T extends { date: string }>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

export type TextPart = { kind: "text"; text: string } | { kind: "link"; href: string };

/** Splits a message's text around its http(s) links. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/\S+/g)) {
    const start = match.index;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/**
 * Reads the capture server's .eml files, newest first, for System > Outbox. mailparser (with its
 * charset tables and HTML converter, several MB in memory) is loaded on the first read, not with
 * the API: most servers never open the Outbox.
 */
import fs from "node:fs/promises";
import path from "node:path";

export interface OutboxMessage {
  id: string;
  to: string;
  from: string;
  subject: string;
  date: string;
  text: string;
  links: string[];
}

export async function readOutbox(directory: string, limit: number): Promise<OutboxMessage[]> {
  const { simpleParser } = await import("mailparser");
  const files = (await fs.readdir(directory).catch(() => [] as string[])).filter((file) => file.endsWith(".eml")).sort().reverse().slice(0, limit);
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await fs.readFile(path.join(directory, file)));
      const text = parsed.text ?? "";
      const addresses = (value: typeof parsed.to) => (Array.isArray(value) ? value.map((entry) => entry.text).join(", ") : (value?.text ?? ""));
      return {
        id: file,
        to: addresses(parsed.to),
        from: parsed.from?.text ?? "",
        subject: parsed.subject ?? "",
        date: (parsed.date ?? new Date(0)).toISOString(),
        text,
        links: [...new Set(text.match(/https?:\/\/\S+/g) ?? [])],
      };
    }),
  );
}

/**
 * A real SMTP server for tests (the worker's capture server on a free port) and a way to wait for
 * the messages it receives, parsed with mailparser.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { startCaptureServer, type CaptureServer } from "@roster/worker";
import { waitFor } from "./wait.js";

export interface Mailbox {
  server: CaptureServer;
  /** Where the server writes each message as a `.eml` file (the API's outbox reads it). */
  directory: string;
  messages: ParsedMail[];
  /** Waits until at least `count` messages arrived. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startMailbox(port?: number): Promise<Mailbox> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "roster-mailbox-"));
  const messages: ParsedMail[] = [];
  const server = await startCaptureServer({
    directory,
    ...(port ? { port } : {}),
    onMessage: (raw) => void simpleParser(raw).then((parsed) => messages.push(parsed)),
  });
  return {
    server,
    directory,
    messages,
    waitForMessages: (count, timeoutMs = 15_000) => waitFor(() => Promise.resolve(messages), (list) => list.length >= count, timeoutMs),
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The first link of a message's text body. */
export function linkIn(message: ParsedMail): string {
  const link = /https?:\/\/\S+/.exec(message.text ?? "")?.[0];
  if (!link) throw new Error(`No link in the message "${message.subject ?? ""}"`);
  return link;
}

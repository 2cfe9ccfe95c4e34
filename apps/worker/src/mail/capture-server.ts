/**
 * The development mail catcher: a real SMTP server (smtp-server) on localhost that stores every
 * message it receives as an .eml file. `pnpm start` runs it when no SMTP_URL is set, and the
 * console lists its folder under System > Outbox. Tests use it as the receiving end too.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface CaptureServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startCaptureServer(options: { directory: string; port?: number; onMessage?: (raw: Buffer) => void }): Promise<CaptureServer> {
  fs.mkdirSync(options.directory, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Roster mail capture",
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const file = path.join(options.directory, `${new Date().toISOString().replaceAll(":", "-")}-${Math.random().toString(36).slice(2, 8)}.eml`);
        fs.writeFile(file, raw, (error) => {
          if (!error) options.onMessage?.(raw);
          callback(error ?? null);
        });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { z } from "zod";
import { AppError } from "@roster/core";
import { readOutbox } from "../../http/read-outbox.js";
import { superuserProcedure } from "../../trpc.js";

const ZOutboxMessage = z.object({ id: z.string(), to: z.string(), from: z.string(), subject: z.string(), date: z.string(), text: z.string(), links: z.array(z.string()) });

/**
 * The messages the built-in SMTP capture received (development only: no SMTP_URL). They hold
 * live recovery links, so they are for super-users only (SPEC §9 rule 6).
 */
export const list = superuserProcedure
  .input(z.object({ limit: z.number().int().min(1).max(200).optional() }).optional())
  .output(z.object({ items: z.array(ZOutboxMessage) }))
  .query(async ({ ctx, input }) => {
    if (!ctx.app.mailCaptureDir) throw new AppError("NOT_FOUND", "The outbox exists only while the built-in mail capture runs (no SMTP_URL set).");
    return { items: await readOutbox(ctx.app.mailCaptureDir, input?.limit ?? 50) };
  });

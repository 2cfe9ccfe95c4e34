/**
 * The nodemailer transport for SMTP_URL (`smtp://user:pass@host:port` or `smtps://…`), made for
 * the first message: nodemailer is loaded then, so that a worker with no mail to send does not
 * hold it in memory.
 */
import type { Transporter } from "nodemailer";
import { smtpOptions } from "./smtp-options.js";

export type MailTransport = () => Promise<Transporter>;

export function createMailTransport(smtpUrl: string): MailTransport {
  let transport: Promise<Transporter> | undefined;
  return () => (transport ??= import("nodemailer").then(({ default: nodemailer }) => nodemailer.createTransport(smtpOptions(smtpUrl))));
}

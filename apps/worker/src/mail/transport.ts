/** The nodemailer transport for SMTP_URL (`smtp://user:pass@host:port` or `smtps://…`). */
import nodemailer, { type Transporter } from "nodemailer";
import { smtpOptions } from "./smtp-options.js";

export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpOptions(smtpUrl));
}

/**
 * How SMTP_URL becomes nodemailer options. `smtps://` is TLS from the first byte. A plain
 * `smtp://` URL with credentials must upgrade with STARTTLS before it logs in: nodemailer would
 * otherwise send the password in clear text to a server that does not offer STARTTLS (or to
 * anyone on the path who strips the offer). `smtp://host` without credentials — the local
 * capture server — sends nothing secret and stays as it is.
 */
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const credentials = url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : null;
  return {
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    ...(credentials ? { auth: credentials } : {}),
    ...(credentials && !secure ? { requireTLS: true } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

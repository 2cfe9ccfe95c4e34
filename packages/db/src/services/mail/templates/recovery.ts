/** The recovery email: a plain-text and an HTML body with the one link. */
import type { EmailContent } from "../queue-email.js";
import { escapeHtml } from "./escape-html.js";

export interface RecoveryEmailInput {
  to: string;
  subject: string;
  username: string;
  brandTitle: string;
  link: string;
  expiresInMinutes: number;
}

export function recoveryEmail(input: RecoveryEmailInput): EmailContent {
  const validity = input.expiresInMinutes >= 120 ? `${Math.round(input.expiresInMinutes / 60)} hours` : `${input.expiresInMinutes} minutes`;
  const text = [
    `Hello ${input.username},`,
    "",
    `Someone asked to reset the password of your ${input.brandTitle} account. Open this link to choose a new one:`,
    "",
    input.link,
    "",
    `The link works once and expires in ${validity}. If you did not ask for it, you can ignore this email.`,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>Hello ${escapeHtml(input.username)},</p>
<p>Someone asked to reset the password of your ${escapeHtml(input.brandTitle)} account. Use the button to choose a new one.</p>
<p><a href="${escapeHtml(input.link)}" style="display:inline-block;background:#3b5bdb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Reset your password</a></p>
<p style="color:#6b7280;font-size:13px">The link works once and expires in ${validity}. If you did not ask for it, you can ignore this email.<br>${escapeHtml(input.link)}</p>
</body></html>`;
  return { to: input.to, subject: input.subject, text, html };
}

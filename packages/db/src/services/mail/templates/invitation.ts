/** The invitation email: a plain-text and an HTML body with the one link. */
import type { EmailContent } from "../queue-email.js";
import { escapeHtml } from "./escape-html.js";

export interface InvitationEmailInput {
  to: string;
  brandTitle: string;
  link: string;
  /** When the invitation stops working, or null. */
  expires: Date | null;
}

export function invitationEmail(input: InvitationEmailInput): EmailContent {
  const validity = input.expires ? `The link expires on ${input.expires.toUTCString()}.` : "";
  const subject = `You are invited to ${input.brandTitle}`;
  const text = [`Hello,`, "", `You are invited to create an account on ${input.brandTitle}. Open this link to choose your username and password:`, "", input.link, "", validity].join("\n").trimEnd();
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>Hello,</p>
<p>You are invited to create an account on ${escapeHtml(input.brandTitle)}. Use the button to choose your username and password.</p>
<p><a href="${escapeHtml(input.link)}" style="display:inline-block;background:#3b5bdb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Create your account</a></p>
<p style="color:#6b7280;font-size:13px">${escapeHtml(validity)}<br>${escapeHtml(input.link)}</p>
</body></html>`;
  return { to: input.to, subject, text, html };
}

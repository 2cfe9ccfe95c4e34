/**
 * The few HTML pages the provider itself renders (an error, the end-session confirmation and its
 * result): plain markup with no script, linking back to the console.
 */
import type { ServerResponse } from "node:http";
import type { KoaContextWithOIDC } from "oidc-provider";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Roster</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1d2330}
main{background:#fff;border:1px solid #dde1e7;border-radius:12px;padding:32px;max-width:420px;width:calc(100% - 48px)}
h1{font-size:20px;margin:0 0 12px}p{margin:0 0 16px;color:#4a5262}button,a.button{font:inherit;border-radius:8px;padding:8px 16px;border:1px solid #c9ced6;background:#fff;cursor:pointer;text-decoration:none;color:inherit;margin-right:8px}
button[value=yes]{background:#3a57d6;border-color:#3a57d6;color:#fff}</style></head><body><main>${body}</main></body></html>`;
}

/** An interaction that cannot go on (expired, answered, another account): said plainly, with a way back. */
export function sendInteractionError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(page("Sign-in error", `<h1>This sign-in could not continue</h1><p>${escapeHtml(message)}</p><a class="button" href="/">Back to Roster</a>`));
}

export function renderOAuthError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }): void {
  ctx.type = "html";
  ctx.body = page("Sign-in error", `<h1>This sign-in could not continue</h1><p>${escapeHtml(out.error_description ?? out.error)}</p><p><code>${escapeHtml(out.error)}</code></p><a class="button" href="/">Back to Roster</a>`);
}

export function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  const client = ctx.oidc.client?.clientName;
  ctx.type = "html";
  ctx.body = page(
    "Sign out",
    `<h1>Sign out${client ? ` of ${escapeHtml(client)}` : ""}?</h1><p>This signs you out of Roster and of the applications you signed in to through it.</p>${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button><button type="submit" form="op.logoutForm">Stay signed in</button>`,
  );
}

export function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  ctx.type = "html";
  ctx.body = page("Signed out", `<h1>You are signed out</h1><p>You can close this window.</p><a class="button" href="/login">Sign in again</a>`);
}

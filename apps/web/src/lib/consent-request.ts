/**
 * The consent page's two calls to the provider's interaction (not tRPC: the interaction cookie,
 * bound to `/oauth/interaction/<uid>`, is what ties the answer to this browser's authorization).
 */
import type { TConsentRequest } from "@roster/core";

async function readAnswer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `The sign-in request failed (${response.status}).`);
  return body;
}

export async function loadConsentRequest(uid: string): Promise<TConsentRequest> {
  return readAnswer<TConsentRequest>(await fetch(`/oauth/interaction/${encodeURIComponent(uid)}/request`, { credentials: "same-origin" }));
}

/** Sends the answer; returns where the browser goes next (the application, with a code or an error). */
export async function answerConsent(uid: string, accept: boolean): Promise<string> {
  const response = await fetch(`/oauth/interaction/${encodeURIComponent(uid)}/consent`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ accept }),
  });
  return (await readAnswer<{ redirectTo: string }>(response)).redirectTo;
}

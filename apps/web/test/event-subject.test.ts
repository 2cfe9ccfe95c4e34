import { describe, expect, it } from "vitest";
import { eventSubject } from "../src/lib/event-subject";

const emailEvent = (action: string, target: [string, string | null] | null) => ({
  action,
  context: { messageId: "m1", to: "bob@example.com", subject: "Reset your password" },
  targetUserId: target?.[0] ?? null,
  targetUsername: target?.[1] ?? null,
});

describe("the subject of an email event", () => {
  it("is the user it was sent to, with a link to their page", () => {
    expect(eventSubject(emailEvent("email_sent", ["u1", "bob"]))).toEqual({ label: "User bob", href: "/directory/users/u1" });
    expect(eventSubject(emailEvent("email_failed", ["u1", "bob"]))).toEqual({ label: "User bob", href: "/directory/users/u1" });
  });

  it("is the address, without a link, when the email was for no user (an invitation) or the user is gone", () => {
    expect(eventSubject(emailEvent("email_sent", null))).toEqual({ label: "Address bob@example.com", href: null });
    expect(eventSubject(emailEvent("email_sent", ["u1", null]))).toEqual({ label: "User (deleted)", href: null });
  });

  it("takes a `to` only from an email event", () => {
    expect(eventSubject({ action: "login", context: { to: "bob@example.com" }, targetUserId: null, targetUsername: null })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { smtpOptions } from "../src/mail/smtp-options.js";

const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

describe("SMTP_URL", () => {
  it("smtp:// with credentials requires STARTTLS before logging in", () => {
    expect(smtpOptions("smtp://mailer:s%40cret@mail.example.com:587")).toEqual({
      host: "mail.example.com",
      port: 587,
      secure: false,
      auth: { user: "mailer", pass: "s@cret" },
      requireTLS: true,
      ...timeouts,
    });
  });

  it("smtp:// without credentials (the local capture server) stays plain", () => {
    expect(smtpOptions("smtp://127.0.0.1:2525")).toEqual({ host: "127.0.0.1", port: 2525, secure: false, ...timeouts });
  });

  it("smtps:// is TLS from the start, so it needs no STARTTLS", () => {
    expect(smtpOptions("smtps://mailer:secret@mail.example.com")).toEqual({
      host: "mail.example.com",
      port: 465,
      secure: true,
      auth: { user: "mailer", pass: "secret" },
      ...timeouts,
    });
  });

  it("smtp:// defaults to the submission port", () => {
    expect(smtpOptions("smtp://mail.example.com").port).toBe(587);
  });
});

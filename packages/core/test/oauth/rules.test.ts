import { describe, expect, it } from "vitest";
import { consentExpiry, newScopes, oauthMessages, parseScopes, redirectUriProblem, redirectUrisProblems, ZOAuthProviderInput } from "../../src/index.js";

describe("redirect URIs", () => {
  it("accepts https, http on loopback hosts, and custom schemes of native apps", () => {
    expect(redirectUriProblem("https://app.example.com/callback")).toBeNull();
    expect(redirectUriProblem("http://localhost:3000/cb")).toBeNull();
    expect(redirectUriProblem("http://127.0.0.1:8080/cb")).toBeNull();
    expect(redirectUriProblem("com.example.app:/oauth")).toBeNull();
  });

  it("refuses fragments, plain http elsewhere, script schemes and relative URLs, naming the rule", () => {
    expect(redirectUriProblem("https://app.example.com/cb#x")).toBe(oauthMessages.redirectUriFragment);
    expect(redirectUriProblem("http://app.example.com/cb")).toBe(oauthMessages.redirectUriScheme);
    expect(redirectUriProblem("javascript:alert(1)")).toBe(oauthMessages.redirectUriScheme);
    expect(redirectUriProblem("/callback")).toBe(oauthMessages.redirectUriFormat);
  });

  it("names the line of each problem and the list's own", () => {
    expect([...redirectUrisProblems([])]).toEqual([["", oauthMessages.redirectUrisMissing]]);
    expect([...redirectUrisProblems(["https://a.example/cb", "https://a.example/cb", "ftp://x"])]).toEqual([[1, oauthMessages.redirectUriDuplicate]]);
    const parsed = ZOAuthProviderInput.safeParse({ redirectUris: ["https://ok.example/cb", "http://bad.example/cb"] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["redirectUris.1", oauthMessages.redirectUriScheme]]);
  });

  it("fills the provider's defaults", () => {
    expect(ZOAuthProviderInput.parse({ redirectUris: ["https://a.example/cb"] })).toEqual({
      clientType: "confidential",
      redirectUris: ["https://a.example/cb"],
      authorizationFlow: "default-provider-authorization-explicit-consent",
      accessTokenValidity: 300,
      refreshTokenValidity: 30 * 24 * 3600,
      refreshTokens: true,
    });
    expect(ZOAuthProviderInput.safeParse({ redirectUris: ["https://a.example/cb"], accessTokenValidity: 10 }).error?.issues[0]?.message).toBe("Choose a validity between 1 minute and 1 day.");
  });
});

describe("consent", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it("expires per the stage's mode", () => {
    expect(consentExpiry("always_require", 60, now)).toEqual({ record: false, expires: null });
    expect(consentExpiry("permanent", 60, now)).toEqual({ record: true, expires: null });
    expect(consentExpiry("expiring", 28 * 24 * 3600, now)).toEqual({ record: true, expires: new Date("2026-12-29T00:00:00Z") });
  });

  it("marks the scopes not given before", () => {
    expect(newScopes(parseScopes("openid  profile email openid"), ["openid"])).toEqual(["profile", "email"]);
  });
});

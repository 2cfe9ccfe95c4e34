import { describe, expect, it } from "vitest";
import { domainProblem, flowDesignationMessage, normalizeHost } from "../../src/index.js";

describe("brand hosts", () => {
  it("compares a request host without case, port or trailing dot", () => {
    expect(normalizeHost("Login.Example.COM:8443")).toBe("login.example.com");
    expect(normalizeHost("login.example.com.")).toBe("login.example.com");
    expect(normalizeHost("[::1]:9000")).toBe("[::1]");
    expect(normalizeHost("::1")).toBe("::1");
  });

  it("accepts host names and refuses URLs", () => {
    expect(domainProblem("login.example.com")).toBeNull();
    expect(domainProblem("roster-default")).toBeNull();
    expect(domainProblem("127.0.0.1")).toBeNull();
    for (const domain of ["https://login.example.com", "login.example.com:443", "login.example.com/path", "two words"]) {
      expect(domainProblem(domain)).toBe("Enter a host name without scheme, port or path, such as login.example.com.");
    }
    expect(domainProblem("")).toBe("This field may not be blank.");
  });

  it("names the designation a brand's flow field needs", () => {
    expect(flowDesignationMessage("recovery")).toBe("This flow is not a recovery flow.");
    expect(flowDesignationMessage("authentication")).toBe("This flow is not an authentication flow.");
  });
});

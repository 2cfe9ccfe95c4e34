import { describe, expect, it } from "vitest";
import { bindingsVerdict, explainAccess, type TEvaluatedBinding } from "../../src/index.js";

const eng = { id: "e", name: "eng" };
const contractors = { id: "c", name: "contractors" };
const bob = { id: "b", username: "bob" };

function binding(fields: Partial<TEvaluatedBinding>): TEvaluatedBinding {
  return { order: 0, negate: false, enabled: true, user: null, group: null, matched: false, via: null, passing: false, ...fields };
}

describe("checkAccess explanations", () => {
  it("names the binding that passed, through a child group, and the verdict", () => {
    const bindings = [binding({ group: eng, matched: true, via: "eng-web", passing: true }), binding({ order: 10, user: bob })];
    expect(explainAccess({ username: "alice", isActive: true, applicationName: "Grafana", mode: "any", bindings, passing: true })).toEqual([
      'Group binding "eng" (order 0) passed: "alice" is a member of "eng-web", below "eng".',
      'User binding "bob" (order 10) failed: it names another user.',
      'Mode "any": 1 of 2 bindings passed, so "alice" may access "Grafana".',
    ]);
  });

  it("explains a negated binding, a disabled one and mode all", () => {
    const bindings = [
      binding({ group: contractors, negate: true, matched: true, passing: false }),
      binding({ order: 5, group: eng, enabled: false }),
      binding({ order: 9, group: eng, matched: true, passing: true }),
    ];
    expect(explainAccess({ username: "alice", isActive: true, applicationName: "Vault", mode: "all", bindings, passing: false })).toEqual([
      'Group binding "contractors" (order 0, negated) failed: "alice" is a member of "contractors".',
      'Group binding "eng" (order 5) is disabled and was not evaluated.',
      'Group binding "eng" (order 9) passed: "alice" is a member of "eng".',
      'Mode "all": 1 of 2 bindings failed, so "alice" may not access "Vault".',
    ]);
  });

  it("says an application without enabled bindings is open, and that inactive users never pass", () => {
    expect(explainAccess({ username: "alice", isActive: true, applicationName: "Wiki", mode: "any", bindings: [], passing: true })).toEqual(['No enabled binding: every active user may access "Wiki".']);
    expect(explainAccess({ username: "alice", isActive: false, applicationName: "Wiki", mode: "any", bindings: [], passing: false })).toEqual(['"alice" is inactive: inactive users never pass.']);
  });

  it("decides any and all as SPEC §10 states", () => {
    const pass = { enabled: true, passing: true };
    const fail = { enabled: true, passing: false };
    const off = { enabled: false, passing: false };
    expect(bindingsVerdict("any", [])).toBe(true);
    expect(bindingsVerdict("all", [off])).toBe(true);
    expect(bindingsVerdict("any", [pass, fail])).toBe(true);
    expect(bindingsVerdict("all", [pass, fail])).toBe(false);
    expect(bindingsVerdict("all", [pass, off])).toBe(true);
    expect(bindingsVerdict("any", [fail, off])).toBe(false);
  });
});

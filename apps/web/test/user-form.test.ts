import { describe, expect, it } from "vitest";
import { formatAttributes } from "../src/lib/attributes-yaml";
import { newUserForm, userFormFrom, userFormInput } from "../src/lib/user-form";

describe("formatAttributes", () => {
  it("writes {} for no attributes and block YAML with sorted keys otherwise", () => {
    expect(formatAttributes({})).toBe("{}");
    expect(formatAttributes({ tags: ["a", "b"], dept: "eng", nested: { level: 2 } })).toBe("dept: eng\nnested:\n  level: 2\ntags:\n  - a\n  - b");
  });
});

describe("user form", () => {
  it("starts a new user in the chosen folder, active, with {}", () => {
    expect(newUserForm("users/eng")).toEqual({ username: "", path: "users/eng", name: "", email: "", isActive: true, attributes: "{}" });
    expect(newUserForm(null).path).toBe("users");
  });

  it("edits a user's attributes as YAML and sends them back as an object", () => {
    const values = userFormFrom({ username: "alice", path: "users", name: "Alice", email: "", isActive: false, attributes: { dept: "eng" } });
    expect(values.attributes).toBe("dept: eng");
    expect(userFormInput({ ...values, username: " alice " })).toEqual({ ok: true, input: { username: "alice", path: "users", name: "Alice", email: "", isActive: false, attributes: { dept: "eng" } } });
  });

  it("refuses attributes that are not an object", () => {
    const result = userFormInput({ ...newUserForm(null), attributes: "- a\n- b" });
    expect(result).toEqual({ ok: false, attributes: "Attributes must be an object (key: value pairs), not a list or a single value." });
  });
});

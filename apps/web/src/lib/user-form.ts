/**
 * The Create / Edit user form: its values as typed, and the `users.create` / `users.update`
 * input they make. Attributes are YAML or JSON text, checked by `parseAttributes`.
 */
import type { TUser } from "@roster/core";
import { formatAttributes } from "./attributes-yaml";
import { parseAttributes } from "./parse-attributes";

export interface UserFormValues {
  username: string;
  path: string;
  name: string;
  email: string;
  isActive: boolean;
  attributes: string;
}

export const defaultUserPath = "users";

/** A new user, in the chosen folder (or the default one). */
export function newUserForm(folder: string | null): UserFormValues {
  return { username: "", path: folder ?? defaultUserPath, name: "", email: "", isActive: true, attributes: "{}" };
}

export function userFormFrom(user: Pick<TUser, "username" | "path" | "name" | "email" | "isActive" | "attributes">): UserFormValues {
  return { username: user.username, path: user.path, name: user.name, email: user.email, isActive: user.isActive, attributes: formatAttributes(user.attributes) };
}

export type UserFormInput = Omit<UserFormValues, "attributes"> & { attributes: Record<string, unknown> };

/** The input for the API, or the attributes' problem (the rest is the server's to check). */
export function userFormInput(values: UserFormValues): { ok: true; input: UserFormInput } | { ok: false; attributes: string } {
  const attributes = parseAttributes(values.attributes);
  if (!attributes.ok) return { ok: false, attributes: attributes.message };
  return {
    ok: true,
    input: { username: values.username.trim(), path: values.path.trim(), name: values.name.trim(), email: values.email.trim(), isActive: values.isActive, attributes: attributes.value },
  };
}

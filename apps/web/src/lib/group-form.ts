/**
 * The Create / Edit group form: its values as typed, and the `groups.create` input or the
 * `groups.update` input, which names only what changed (so that an unchanged parent list does not
 * ask the server to re-check the hierarchy).
 */
import type { TGroup, TNamedRef } from "@roster/core";
import { formatAttributes } from "./attributes-yaml";
import { parseAttributes } from "./parse-attributes";

export interface GroupFormValues {
  name: string;
  parents: TNamedRef[];
  roles: TNamedRef[];
  isSuperuser: boolean;
  attributes: string;
}

export function newGroupForm(): GroupFormValues {
  return { name: "", parents: [], roles: [], isSuperuser: false, attributes: "{}" };
}

export function groupFormFrom(group: TGroup): GroupFormValues {
  return { name: group.name, parents: [...group.parents], roles: [...group.roles], isSuperuser: group.isSuperuser, attributes: formatAttributes(group.attributes) };
}

export interface GroupCreateInput {
  name: string;
  parents: string[];
  roles: string[];
  isSuperuser: boolean;
  attributes: Record<string, unknown>;
}

export type GroupFormResult<T> = { ok: true; input: T } | { ok: false; attributes: string };

export function groupCreateInput(values: GroupFormValues): GroupFormResult<GroupCreateInput> {
  const attributes = parseAttributes(values.attributes);
  if (!attributes.ok) return { ok: false, attributes: attributes.message };
  return { ok: true, input: { name: values.name.trim(), parents: ids(values.parents), roles: ids(values.roles), isSuperuser: values.isSuperuser, attributes: attributes.value } };
}

export function groupUpdateInput(group: TGroup, values: GroupFormValues): GroupFormResult<Partial<GroupCreateInput> & { id: string }> {
  const created = groupCreateInput(values);
  if (!created.ok) return created;
  const next = created.input;
  const input: Partial<GroupCreateInput> & { id: string } = { id: group.id };
  if (next.name !== group.name) input.name = next.name;
  if (!sameIds(next.parents, ids(group.parents))) input.parents = next.parents;
  if (!sameIds(next.roles, ids(group.roles))) input.roles = next.roles;
  if (next.isSuperuser !== group.isSuperuser) input.isSuperuser = next.isSuperuser;
  if (JSON.stringify(next.attributes) !== JSON.stringify(group.attributes)) input.attributes = next.attributes;
  return { ok: true, input };
}

function ids(refs: readonly TNamedRef[]): string[] {
  return refs.map((ref) => ref.id);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Adds a picked object once, or removes it when it is already there. */
export function toggleRef(refs: readonly TNamedRef[], ref: TNamedRef): TNamedRef[] {
  return refs.some((entry) => entry.id === ref.id) ? refs.filter((entry) => entry.id !== ref.id) : [...refs, ref];
}

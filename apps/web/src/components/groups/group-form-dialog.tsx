/**
 * Create / Edit group: name, parents, roles, super-user and attributes (YAML or JSON, checked as
 * you type). The server's field errors (a cycle among parents, a taken name) sit under each field.
 */
import type { TGroup } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { groupCreateInput, groupFormFrom, groupUpdateInput, newGroupForm, toggleRef, type GroupFormValues } from "../../lib/group-form";
import { parseAttributes } from "../../lib/parse-attributes";
import { searchGroups, searchRoles } from "../../lib/pick-sources";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { SearchPick } from "./search-pick";

export type GroupFormMode = { kind: "create" } | { kind: "edit"; group: TGroup };

export function GroupFormDialog(props: { mode: GroupFormMode | null; onClose: () => void; onSaved: (group: TGroup) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal<GroupFormValues>(newGroupForm());
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const editing = () => (props.mode?.kind === "edit" ? props.mode.group : null);

  createEffect(
    on(
      () => props.mode,
      (mode) => {
        if (!mode) return;
        setValues(mode.kind === "edit" ? groupFormFrom(mode.group) : newGroupForm());
        setFieldErrors({});
        setError(null);
      },
    ),
  );

  const set = <K extends keyof GroupFormValues>(key: K) => (value: GroupFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (call: () => Promise<TGroup>, verb: string) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await call();
      toast.success(`Group ${saved.name} ${verb}`);
      props.onSaved(saved);
      props.onClose();
    } catch (caught) {
      const failure = toClientError(caught);
      setFieldErrors(failure.fieldErrors);
      setError(Object.keys(failure.fieldErrors).length > 0 ? null : failure.message);
    } finally {
      setBusy(false);
    }
  };

  const save = async (event?: Event) => {
    event?.preventDefault();
    const group = editing();
    if (group) {
      const parsed = groupUpdateInput(group, values());
      if (parsed.ok) await submit(() => trpc.groups.update.mutate(parsed.input), "updated");
    } else {
      const parsed = groupCreateInput(values());
      if (parsed.ok) await submit(() => trpc.groups.create.mutate(parsed.input), "created");
    }
  };

  return (
    <Dialog
      open={props.mode !== null}
      onClose={() => !busy() && props.onClose()}
      size="large"
      title={editing() ? `Edit ${editing()?.name ?? ""}` : "Create group"}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={!parseAttributes(values().attributes).ok} onClick={() => void save()}>
            {editing() ? "Update" : "Create"}
          </Button>
        </>
      }
    >
      <form class="stack" onSubmit={(event) => void save(event)}>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
        <TextField label="Name" required autocomplete="off" value={values().name} onValue={set("name")} error={fieldErrors().name} />
        <div class="form-grid">
          <SearchPick
            label="Parents"
            search={searchGroups}
            selected={values().parents.map((ref) => ({ id: ref.id, label: ref.name }))}
            onToggle={(option) => set("parents")(toggleRef(values().parents, { id: option.id, name: option.label }))}
            exclude={editing() ? [editing()?.id ?? ""] : []}
            placeholder="Search groups…"
            hint="Members of this group count as members of its parents."
            error={fieldErrors().parents}
          />
          <SearchPick
            label="Roles"
            search={searchRoles}
            selected={values().roles.map((ref) => ({ id: ref.id, label: ref.name }))}
            onToggle={(option) => set("roles")(toggleRef(values().roles, { id: option.id, name: option.label }))}
            placeholder="Search roles…"
            hint="Every member receives these roles."
            error={fieldErrors().roles}
          />
        </div>
        <Checkbox label="Is super-user" checked={values().isSuperuser} onChange={set("isSuperuser")} error={fieldErrors().isSuperuser} hint="Members of this group, and of the groups under it, hold every permission." />
        <CodeArea
          label="Attributes"
          value={values().attributes}
          onValue={set("attributes")}
          validate={(text) => {
            const result = parseAttributes(text);
            return result.ok ? null : result.message;
          }}
          error={fieldErrors().attributes}
          hint="YAML or JSON; an empty object {} by default."
          rows={5}
        />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}


/**
 * Create / Edit group: name, parents, roles, super-user and attributes (YAML or JSON, checked as
 * you type). The server's field errors (a cycle among parents, a taken name) sit under each field.
 */
import type { TGroup } from "@roster/core";
import { Show } from "solid-js";
import { groupCreateInput, groupFormFrom, groupUpdateInput, newGroupForm, toggleRef } from "../../lib/group-form";
import { parseAttributes } from "../../lib/parse-attributes";
import { searchGroups, searchRoles } from "../../lib/pick-sources";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { SearchPick } from "./search-pick";

export type GroupFormMode = { kind: "create" } | { kind: "edit"; group: TGroup };

export function GroupFormDialog(props: { mode: GroupFormMode | null; onClose: () => void; onSaved: (group: TGroup) => void }) {
  return <Show when={props.mode} keyed>{(mode) => <GroupForm mode={mode} onClose={() => props.onClose()} onSaved={(group) => props.onSaved(group)} />}</Show>;
}

function GroupForm(props: { mode: GroupFormMode; onClose: () => void; onSaved: (group: TGroup) => void }) {
  const toast = useToast();
  const { values, set } = createFormState(props.mode.kind === "edit" ? groupFormFrom(props.mode.group) : newGroupForm());
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode.kind === "edit" ? props.mode.group : null);



  const submit = async (call: () => Promise<TGroup>, verb: string) => {
    await submission.run(async () => {
      const saved = await call();
      toast.success(`Group ${saved.name} ${verb}`);
      props.onSaved(saved);
      props.onClose();
    });
  };

  const save = async () => {
    const group = editing();
    if (group) {
      const parsed = groupUpdateInput(group, values);
      if (parsed.ok) await submit(() => trpc.groups.update.mutate(parsed.input), "updated");
    } else {
      const parsed = groupCreateInput(values);
      if (parsed.ok) await submit(() => trpc.groups.create.mutate(parsed.input), "created");
    }
  };

  return (
    <FormDialog
      open
      size="large"
      title={editing() ? `Edit ${editing()?.name ?? ""}` : "Create group"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      submitDisabled={!parseAttributes(values.attributes).ok}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Name" required autocomplete="off" value={values.name} onValue={set("name")} error={fieldErrors().name} />
      <div class="form-grid">
        <SearchPick
          label="Parents"
          search={searchGroups}
          selected={values.parents.map((ref) => ({ id: ref.id, label: ref.name }))}
          onToggle={(option) => set("parents")(toggleRef(values.parents, { id: option.id, name: option.label }))}
          exclude={editing() ? [editing()?.id ?? ""] : []}
          placeholder="Search groups…"
          hint="Members of this group count as members of its parents."
          error={fieldErrors().parents}
        />
        <SearchPick
          label="Roles"
          search={searchRoles}
          selected={values.roles.map((ref) => ({ id: ref.id, label: ref.name }))}
          onToggle={(option) => set("roles")(toggleRef(values.roles, { id: option.id, name: option.label }))}
          placeholder="Search roles…"
          hint="Every member receives these roles."
          error={fieldErrors().roles}
        />
      </div>
      <Checkbox label="Is super-user" checked={values.isSuperuser} onChange={set("isSuperuser")} error={fieldErrors().isSuperuser} hint="Members of this group, and of the groups under it, hold every permission." />
      <CodeArea
        label="Attributes"
        value={values.attributes}
        onValue={set("attributes")}
        validate={(text) => {
          const result = parseAttributes(text);
          return result.ok ? null : result.message;
        }}
        error={fieldErrors().attributes}
        hint="YAML or JSON; an empty object {} by default."
        rows={5}
      />
    </FormDialog>
  );
}


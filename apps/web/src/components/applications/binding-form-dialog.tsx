/**
 * Add user binding / Add group binding (pick the subject, then order, negate, enabled) and Edit
 * binding (order, negate, enabled). The server's messages sit under the fields they name.
 */
import type { TPolicyBinding } from "@roster/core";
import { Show } from "solid-js";
import { bindingSubject, parseBindingOrder } from "../../lib/application-texts";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { searchGroups, searchUsers, type PickOption } from "../../lib/pick-sources";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { SearchPick } from "../groups/search-pick";

export type BindingFormMode = { kind: "create"; subject: "user" | "group" } | { kind: "edit"; binding: TPolicyBinding };

interface BindingFormProps {
  application: { id: string; name: string };
  onClose: () => void;
  onSaved: () => void;
}

export function BindingFormDialog(props: BindingFormProps & { mode: BindingFormMode | null }) {
  return <Show when={props.mode} keyed>{(mode) => <BindingForm mode={mode} application={props.application} onClose={() => props.onClose()} onSaved={() => props.onSaved()} />}</Show>;
}

function BindingForm(props: BindingFormProps & { mode: BindingFormMode }) {
  const toast = useToast();
  const editing = () => (props.mode.kind === "edit" ? props.mode.binding : null);
  const subject = () => (props.mode.kind === "create" ? props.mode.subject : props.mode.binding.user ? "user" : "group");
  const initial = props.mode.kind === "edit" ? props.mode.binding : null;
  const { values, set } = createFormState<{ chosen: PickOption | null; order: string; negate: boolean; enabled: boolean }>({
    chosen: null,
    order: initial ? String(initial.order) : "",
    negate: initial?.negate ?? false,
    enabled: initial?.enabled ?? true,
  });
  const submission = createFormSubmission({ fields: ["userId", "groupId", "order", "negate", "enabled"] });
  const { busy, error, fieldErrors } = submission;

  const save = async () => {
    const order = parseBindingOrder(values.order);
    if (!order.ok) return submission.showFieldErrors({ order: [order.message] });
    const chosenId = values.chosen?.id;
    await submission.run(async () => {
      const binding = editing();
      const flags = { negate: values.negate, enabled: values.enabled, ...(order.order === undefined ? {} : { order: order.order }) };
      const saved = binding
        ? await trpc.bindings.update.mutate({ id: binding.id, ...flags })
        : await trpc.bindings.create.mutate({ applicationId: props.application.id, ...(subject() === "user" ? { userId: chosenId } : { groupId: chosenId }), ...flags });
      toast.success(binding ? `Binding of ${bindingSubject(saved)} updated` : `${capitalised(bindingSubject(saved))} bound to ${props.application.name}`);
      props.onSaved();
      props.onClose();
    });
  };

  return (
    <FormDialog
      open
      title={editing() ? `Edit binding of ${bindingSubject(editing() ?? { user: null, group: null })}` : subject() === "user" ? "Add user binding" : "Add group binding"}
      description={subject() === "user" ? "The binding passes for this user." : "The binding passes for members of this group and of the groups under it."}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Add binding"}
      submitDisabled={!editing() && !values.chosen}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <Show when={!editing()}>
        <SearchPick
          label={subject() === "user" ? "User" : "Group"}
          single
          search={subject() === "user" ? searchUsers : searchGroups}
          selected={values.chosen ? [values.chosen] : []}
          onToggle={(option) => set("chosen")(values.chosen?.id === option.id ? null : option)}
          placeholder={subject() === "user" ? "Username, name or email…" : "Search groups…"}
          error={fieldErrors()[subject() === "user" ? "userId" : "groupId"]}
        />
      </Show>
      <TextField label="Order" inputMode="numeric" autocomplete="off" value={values.order} onValue={set("order")} error={fieldErrors().order} hint={editing() ? "Bindings are evaluated by order, lowest first." : "Leave empty to place it after the last binding."} />
      <Checkbox label="Negate" checked={values.negate} onChange={set("negate")} error={fieldErrors().negate} hint="Inverts the result: the binding passes for everyone except its user or group." />
      <Checkbox label="Enabled" checked={values.enabled} onChange={set("enabled")} error={fieldErrors().enabled} hint="A disabled binding is ignored." />
    </FormDialog>
  );
}

function capitalised(text: string): string {
  return `${text.slice(0, 1).toUpperCase()}${text.slice(1)}`;
}

/**
 * Create stage (name, type, settings) or Edit stage (name, settings; a stage's type never
 * changes). Settings are YAML or JSON, checked as you type; the server checks them against the
 * type and its messages sit under the editor.
 */
import type { TStageListItem, TStageType } from "@roster/core";
import { Show } from "solid-js";
import { labelOptions, stageTypeLabel, stageTypeLabels } from "../../lib/flow-labels";
import { formatSettings, parseSettings } from "../../lib/settings-text";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { CodeArea } from "../../ui/code-area";
import { FormDialog } from "../../ui/form-dialog";
import { Select } from "../../ui/select";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type StageFormMode = { kind: "create" } | { kind: "edit"; stage: TStageListItem };

export function StageFormDialog(props: { mode: StageFormMode | null; onClose: () => void; onSaved: (stage: TStageListItem) => void }) {
  return <Show when={props.mode} keyed>{(mode) => <StageForm mode={mode} onClose={() => props.onClose()} onSaved={(stage) => props.onSaved(stage)} />}</Show>;
}

function StageForm(props: { mode: StageFormMode; onClose: () => void; onSaved: (stage: TStageListItem) => void }) {
  const toast = useToast();
  const initial = props.mode.kind === "edit" ? props.mode.stage : null;
  const { values, set } = createFormState({ name: initial?.name ?? "", type: (initial?.type ?? "identification") as TStageType, settings: initial ? formatSettings(initial.settings) : "{}" });
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode.kind === "edit" ? props.mode.stage : null);

  const save = async () => {
    const parsed = parseSettings(values.settings);
    if (!parsed.ok) return;
    const stage = editing();
    await submission.run(async () => {
      const saved = stage
        ? await trpc.stages.update.mutate({ id: stage.id, ...(values.name.trim() !== stage.name ? { name: values.name.trim() } : {}), settings: parsed.value })
        : await trpc.stages.create.mutate({ name: values.name.trim(), type: values.type, settings: parsed.value });
      toast.success(`Stage ${saved.name} ${stage ? "updated" : "created"}`);
      props.onSaved(saved);
      props.onClose();
    });
  };

  return (
    <FormDialog
      open
      size="large"
      title={editing() ? `Edit ${editing()?.name ?? ""}` : "Create stage"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      submitDisabled={!parseSettings(values.settings).ok}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <div class="form-grid">
        <TextField label="Name" required autocomplete="off" value={values.name} onValue={set("name")} error={fieldErrors().name} />
        <Show when={!editing()} fallback={<TextField label="Type" value={stageTypeLabel(values.type)} onValue={() => undefined} readOnly hint="A stage's type cannot change." />}>
          <Select label="Type" value={values.type} options={labelOptions(stageTypeLabels)} onValue={(value) => set("type")(value as TStageType)} error={fieldErrors().type} />
        </Show>
      </div>
      <CodeArea
        label="Settings"
        value={values.settings}
        onValue={set("settings")}
        validate={(text) => {
          const result = parseSettings(text);
          return result.ok ? null : result.message;
        }}
        error={Object.entries(fieldErrors())
          .filter(([field]) => field.startsWith("settings"))
          .flatMap(([field, messages]) => messages.map((message) => (field === "settings" ? message : `${field.slice("settings.".length)}: ${message}`)))}
        hint="YAML or JSON. Leave {} for the type's defaults."
        rows={10}
      />
    </FormDialog>
  );
}

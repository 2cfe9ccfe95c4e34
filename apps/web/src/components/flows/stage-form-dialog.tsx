/**
 * Create stage (name, type, settings) or Edit stage (name, settings; a stage's type never
 * changes). Settings are YAML or JSON, checked as you type; the server checks them against the
 * type and its messages sit under the editor.
 */
import type { TStageListItem, TStageType } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { labelOptions, stageTypeLabel, stageTypeLabels } from "../../lib/flow-labels";
import { formatSettings, parseSettings } from "../../lib/settings-text";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { CodeArea } from "../../ui/code-area";
import { FormDialog } from "../../ui/form-dialog";
import { Select } from "../../ui/select";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type StageFormMode = { kind: "create" } | { kind: "edit"; stage: TStageListItem };

export function StageFormDialog(props: { mode: StageFormMode | null; onClose: () => void; onSaved: (stage: TStageListItem) => void }) {
  const toast = useToast();
  const [name, setName] = createSignal("");
  const [type, setType] = createSignal<TStageType>("identification");
  const [settings, setSettings] = createSignal("{}");
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode?.kind === "edit" ? props.mode.stage : null);

  createEffect(
    on(
      () => props.mode,
      (mode) => {
        if (!mode) return;
        setName(mode.kind === "edit" ? mode.stage.name : "");
        setType(mode.kind === "edit" ? (mode.stage.type as TStageType) : "identification");
        setSettings(mode.kind === "edit" ? formatSettings(mode.stage.settings) : "{}");
        submission.reset();
      },
    ),
  );

  const save = async () => {
    const parsed = parseSettings(settings());
    if (!parsed.ok) return;
    const stage = editing();
    await submission.run(async () => {
      const saved = stage
        ? await trpc.stages.update.mutate({ id: stage.id, ...(name().trim() !== stage.name ? { name: name().trim() } : {}), settings: parsed.value })
        : await trpc.stages.create.mutate({ name: name().trim(), type: type(), settings: parsed.value });
      toast.success(`Stage ${saved.name} ${stage ? "updated" : "created"}`);
      props.onSaved(saved);
      props.onClose();
    });
  };

  return (
    <FormDialog
      open={props.mode !== null}
      size="large"
      title={editing() ? `Edit ${editing()?.name ?? ""}` : "Create stage"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      submitDisabled={!parseSettings(settings()).ok}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <div class="form-grid">
        <TextField label="Name" required autocomplete="off" value={name()} onValue={setName} error={fieldErrors().name} />
        <Show when={!editing()} fallback={<TextField label="Type" value={stageTypeLabel(type())} onValue={() => undefined} readOnly hint="A stage's type cannot change." />}>
          <Select label="Type" value={type()} options={labelOptions(stageTypeLabels)} onValue={(value) => setType(value as TStageType)} error={fieldErrors().type} />
        </Show>
      </div>
      <CodeArea
        label="Settings"
        value={settings()}
        onValue={setSettings}
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

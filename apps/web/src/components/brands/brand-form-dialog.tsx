/**
 * Create / Edit brand: domain, title, default, default user path, attributes, and the "Default
 * flows" (authentication, recovery, invalidation; each filtered by its designation).
 */
import type { TBrand } from "@roster/core";
import { For, Show } from "solid-js";
import { brandCreateInput, brandFlowFieldNames, brandFlowLabels, brandFormFrom, brandSavedMessage, brandUpdateInput, newBrandForm } from "../../lib/brand-form";
import { parseAttributes } from "../../lib/parse-attributes";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { FlowSelect } from "./flow-select";
import "./brands.css";

export type BrandFormMode = { kind: "create" } | { kind: "edit"; brand: TBrand };

export function BrandFormDialog(props: { mode: BrandFormMode | null; onClose: () => void; onSaved: (brand: TBrand) => void }) {
  return <Show when={props.mode} keyed>{(mode) => <BrandForm mode={mode} onClose={() => props.onClose()} onSaved={(brand) => props.onSaved(brand)} />}</Show>;
}

function BrandForm(props: { mode: BrandFormMode; onClose: () => void; onSaved: (brand: TBrand) => void }) {
  const toast = useToast();
  const { values, set } = createFormState(props.mode.kind === "edit" ? brandFormFrom(props.mode.brand) : newBrandForm());
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode.kind === "edit" ? props.mode.brand : null);


  const save = async () => {
    const before = editing();
    await submission.run(async () => {
      let saved: TBrand | null = null;
      if (before) {
        const parsed = brandUpdateInput(before, values);
        if (parsed.ok) saved = await trpc.brands.update.mutate(parsed.input);
      } else {
        const parsed = brandCreateInput(values);
        if (parsed.ok) saved = await trpc.brands.create.mutate(parsed.input);
      }
      if (!saved) return;
      toast.success(brandSavedMessage(before, saved, before ? "updated" : "created"));
      props.onSaved(saved);
      props.onClose();
    });
  };

  return (
    <FormDialog
      open
      size="large"
      title={editing() ? `Edit ${editing()?.domain ?? ""}` : "Create brand"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      submitDisabled={!parseAttributes(values.attributes).ok}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <div class="form-grid">
        <TextField label="Domain" required autocomplete="off" spellcheck={false} value={values.domain} onValue={set("domain")} error={fieldErrors().domain} hint="Matched against the request's host, such as login.example.com." />
        <TextField label="Title" autocomplete="off" value={values.title} onValue={set("title")} error={fieldErrors().title} hint="Shown on the sign-in pages and in the browser tab." />
      </div>
      <div class="form-grid">
        <TextField label="Default user path" autocomplete="off" spellcheck={false} value={values.defaultUserPath} onValue={set("defaultUserPath")} error={fieldErrors().defaultUserPath} hint="The folder of users created through this brand." />
        <Checkbox label="Default brand" checked={values.default} onChange={set("default")} error={fieldErrors().default} hint="Used when no brand's domain matches the request. Exactly one brand is the default." />
      </div>
      <fieldset class="brand-flows">
        <legend>Default flows</legend>
        <div class="brand-flows-grid">
          <For each={brandFlowFieldNames}>
            {(field) => <FlowSelect label={brandFlowLabels[field].label} designation={brandFlowLabels[field].designation} value={values[field]} onValue={set(field)} error={fieldErrors()[field]} />}
          </For>
        </div>
      </fieldset>
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
        rows={4}
      />
    </FormDialog>
  );
}

/**
 * Create / Edit brand: domain, title, default, default user path, attributes, and the "Default
 * flows" (authentication, recovery, invalidation; each filtered by its designation).
 */
import type { TBrand } from "@roster/core";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { brandCreateInput, brandFlowFieldNames, brandFlowLabels, brandFormFrom, brandSavedMessage, brandUpdateInput, newBrandForm, type BrandFormValues } from "../../lib/brand-form";
import { parseAttributes } from "../../lib/parse-attributes";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { FlowSelect } from "./flow-select";
import "./brands.css";

export type BrandFormMode = { kind: "create" } | { kind: "edit"; brand: TBrand };

export function BrandFormDialog(props: { mode: BrandFormMode | null; onClose: () => void; onSaved: (brand: TBrand) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal<BrandFormValues>(newBrandForm());
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const editing = () => (props.mode?.kind === "edit" ? props.mode.brand : null);

  createEffect(
    on(
      () => props.mode,
      (mode) => {
        if (!mode) return;
        setValues(mode.kind === "edit" ? brandFormFrom(mode.brand) : newBrandForm());
        setFieldErrors({});
        setError(null);
      },
    ),
  );
  const set = <K extends keyof BrandFormValues>(key: K) => (value: BrandFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  const save = async (event?: Event) => {
    event?.preventDefault();
    const before = editing();
    setBusy(true);
    setError(null);
    try {
      let saved: TBrand | null = null;
      if (before) {
        const parsed = brandUpdateInput(before, values());
        if (parsed.ok) saved = await trpc.brands.update.mutate(parsed.input);
      } else {
        const parsed = brandCreateInput(values());
        if (parsed.ok) saved = await trpc.brands.create.mutate(parsed.input);
      }
      if (!saved) return;
      toast.success(brandSavedMessage(before, saved, before ? "updated" : "created"));
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

  return (
    <Dialog
      open={props.mode !== null}
      onClose={() => !busy() && props.onClose()}
      size="large"
      title={editing() ? `Edit ${editing()?.domain ?? ""}` : "Create brand"}
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
        <div class="form-grid">
          <TextField label="Domain" required autocomplete="off" spellcheck={false} value={values().domain} onValue={set("domain")} error={fieldErrors().domain} hint="Matched against the request's host, such as login.example.com." />
          <TextField label="Title" autocomplete="off" value={values().title} onValue={set("title")} error={fieldErrors().title} hint="Shown on the sign-in pages and in the browser tab." />
        </div>
        <div class="form-grid">
          <TextField label="Default user path" autocomplete="off" spellcheck={false} value={values().defaultUserPath} onValue={set("defaultUserPath")} error={fieldErrors().defaultUserPath} hint="The folder of users created through this brand." />
          <Checkbox label="Default brand" checked={values().default} onChange={set("default")} error={fieldErrors().default} hint="Used when no brand's domain matches the request. Exactly one brand is the default." />
        </div>
        <fieldset class="brand-flows">
          <legend>Default flows</legend>
          <div class="brand-flows-grid">
            <For each={brandFlowFieldNames}>
              {(field) => <FlowSelect label={brandFlowLabels[field].label} designation={brandFlowLabels[field].designation} value={values()[field]} onValue={set(field)} error={fieldErrors()[field]} />}
            </For>
          </div>
        </fieldset>
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
          rows={4}
        />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

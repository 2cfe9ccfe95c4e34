/** Create flow: slug, name, title and designation; its stages are bound on the flow's page. */
import type { TFlowDesignation, TFlowDetail } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { designationLabels, labelOptions } from "../../lib/flow-labels";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { Select } from "../../ui/select";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

const empty = { slug: "", name: "", title: "", designation: "authentication" as TFlowDesignation };

export function FlowFormDialog(props: { open: boolean; onClose: () => void; onCreated: (flow: TFlowDetail) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal({ ...empty });
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setValues({ ...empty });
        setFieldErrors({});
        setError(null);
      },
    ),
  );
  const set = (key: keyof typeof empty) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const save = async (event?: Event) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { slug, name, title, designation } = values();
      const flow = await trpc.flows.create.mutate({ slug: slug.trim(), name: name.trim(), title: title.trim(), designation });
      toast.success(`Flow ${flow.slug} created`);
      props.onCreated(flow);
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
      open={props.open}
      onClose={() => !busy() && props.onClose()}
      title="Create flow"
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} onClick={() => void save()}>
            Create
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
        <TextField label="Slug" required autocomplete="off" spellcheck={false} value={values().slug} onValue={set("slug")} error={fieldErrors().slug} hint="Letters, numbers, _ and -; the flow's address is /flow/<slug>." />
        <TextField label="Name" required autocomplete="off" value={values().name} onValue={set("name")} error={fieldErrors().name} />
        <TextField label="Title" autocomplete="off" value={values().title} onValue={set("title")} error={fieldErrors().title} hint="Shown to people above the flow's forms." />
        <Select label="Designation" value={values().designation} options={labelOptions(designationLabels)} onValue={set("designation")} error={fieldErrors().designation} hint="What the flow is for: brands pick their flows by designation." />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

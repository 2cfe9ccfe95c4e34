/** Create flow: slug, name, title and designation; its stages are bound on the flow's page. */
import type { TFlowDesignation, TFlowDetail } from "@roster/core";
import { Show } from "solid-js";
import { designationLabels, labelOptions } from "../../lib/flow-labels";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { Select } from "../../ui/select";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

const empty = { slug: "", name: "", title: "", designation: "authentication" as TFlowDesignation };

export function FlowFormDialog(props: { open: boolean; onClose: () => void; onCreated: (flow: TFlowDetail) => void }) {
  return <Show when={props.open}><FlowForm onClose={() => props.onClose()} onCreated={(flow) => props.onCreated(flow)} /></Show>;
}

function FlowForm(props: { onClose: () => void; onCreated: (flow: TFlowDetail) => void }) {
  const toast = useToast();
  const { values, set } = createFormState({ ...empty });
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const save = async () => {
    await submission.run(async () => {
      const { slug, name, title, designation } = values;
      const flow = await trpc.flows.create.mutate({ slug: slug.trim(), name: name.trim(), title: title.trim(), designation });
      toast.success(`Flow ${flow.slug} created`);
      props.onCreated(flow);
      props.onClose();
    });
  };
  return (
    <FormDialog
      open
      title="Create flow"
      busy={busy()}
      error={error()}
      submitLabel="Create"
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Slug" required autocomplete="off" spellcheck={false} value={values.slug} onValue={set("slug")} error={fieldErrors().slug} hint="Letters, numbers, _ and -; the flow's address is /flow/<slug>." />
      <TextField label="Name" required autocomplete="off" value={values.name} onValue={set("name")} error={fieldErrors().name} />
      <TextField label="Title" autocomplete="off" value={values.title} onValue={set("title")} error={fieldErrors().title} hint="Shown to people above the flow's forms." />
      <Select label="Designation" value={values.designation} options={labelOptions(designationLabels)} onValue={(value) => set("designation")(value as TFlowDesignation)} error={fieldErrors().designation} hint="What the flow is for: brands pick their flows by designation." />
    </FormDialog>
  );
}

/** Asks for a name: "Add new group / role" (creates it, then adds the user), or renaming a device. */
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";

interface NameDialogProps {
  onClose: () => void;
  title: string;
  description: string;
  label: string;
  submitLabel: string;
  /** The name to start from (renaming). */
  initial?: string;
  onSubmit: (name: string) => Promise<void>;
}

export function NameDialog(props: NameDialogProps & { open: boolean }) {
  return (
    <Show when={props.open}>
      <NameForm {...props} />
    </Show>
  );
}

function NameForm(props: NameDialogProps) {
  const { values, set } = createFormState({ name: props.initial ?? "" });
  const submission = createFormSubmission({ fields: ["name"] });
  const submit = () =>
    submission.run(async () => {
      await props.onSubmit(values.name.trim());
      props.onClose();
    });
  return (
    <FormDialog
      open
      title={props.title}
      description={props.description}
      busy={submission.busy()}
      error={submission.error()}
      submitLabel={props.submitLabel}
      onSubmit={() => void submit()}
      onClose={() => props.onClose()}
    >
      <TextField label={props.label} required value={values.name} onValue={set("name")} error={submission.fieldErrors().name} />
    </FormDialog>
  );
}

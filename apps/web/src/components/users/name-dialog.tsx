/** "Add new group / role": asks for a name, creates the object, then adds the user to it. */
import { createEffect, createSignal, on, Show } from "solid-js";
import { toClientError } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";

export function NameDialog(props: { open: boolean; onClose: () => void; title: string; description: string; label: string; submitLabel: string; onSubmit: (name: string) => Promise<void> }) {
  const [name, setName] = createSignal("");
  const [fieldError, setFieldError] = createSignal<string[] | undefined>();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setName("");
        setFieldError(undefined);
        setError(null);
      },
    ),
  );

  const submit = async (event?: Event) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    try {
      await props.onSubmit(name().trim());
      props.onClose();
    } catch (caught) {
      const failure = toClientError(caught);
      if (failure.fieldErrors.name) setFieldError(failure.fieldErrors.name);
      else setError(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={() => !busy() && props.onClose()}
      title={props.title}
      description={props.description}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} onClick={() => void submit()}>
            {props.submitLabel}
          </Button>
        </>
      }
    >
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <TextField label={props.label} required value={name()} onValue={setName} error={fieldError()} />
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </form>
    </Dialog>
  );
}

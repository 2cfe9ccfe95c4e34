/** Create token: identifier, expiry and description, for the signed-in admin. The key comes back once. */
import type { TToken } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { newTokenForm, tokenCreateInput, type TokenFormValues } from "../../lib/token-form";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextArea } from "../../ui/text-area";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { ExpiryFields } from "./expiry-fields";

export function TokenFormDialog(props: { open: boolean; onClose: () => void; onCreated: (token: TToken, key: string) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal<TokenFormValues>(newTokenForm());
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(on(() => props.open, (open) => open && (setValues(newTokenForm()), setFieldErrors({}), setError(null))));
  const set = <K extends keyof TokenFormValues>(key: K) => (value: TokenFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  const save = async (event?: Event) => {
    event?.preventDefault();
    const parsed = tokenCreateInput(values());
    if (!parsed.ok) return setFieldErrors(parsed.fieldErrors);
    setBusy(true);
    setError(null);
    try {
      const created = await trpc.tokens.create.mutate(parsed.input);
      toast.success(`Token ${created.token.identifier} created`);
      props.onClose();
      props.onCreated(created.token, created.key);
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
      title="Create token"
      description="An API token for you, sent as Authorization: Bearer <key>."
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
        <TextField label="Identifier" required autocomplete="off" value={values().identifier} onValue={set("identifier")} error={fieldErrors().identifier} hint="A unique name, such as ci-deploy." />
        <ExpiryFields expiring={values().expiring} expires={values().expires} onExpiring={set("expiring")} onExpires={set("expires")} errors={fieldErrors()} />
        <TextArea label="Description" rows={2} value={values().description} onValue={set("description")} error={fieldErrors().description} hint="What the token is for." />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

/**
 * Create / Edit user: Username, Path (the chosen folder on Create), Name, Email, Is active and
 * Attributes (YAML or JSON, checked as you type). The server's field errors sit under each field.
 */
import type { TUser } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { parseAttributes } from "../../lib/parse-attributes";
import { toClientError, trpc } from "../../lib/trpc";
import { newUserForm, userFormFrom, userFormInput, type UserFormValues } from "../../lib/user-form";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type UserFormMode = { kind: "create"; folder: string | null } | { kind: "edit"; user: TUser };

export function UserFormDialog(props: { mode: UserFormMode | null; onClose: () => void; onSaved: (user: TUser) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal<UserFormValues>(newUserForm(null));
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const editing = () => (props.mode?.kind === "edit" ? props.mode.user : null);

  createEffect(
    on(
      () => props.mode,
      (mode) => {
        if (!mode) return;
        setValues(mode.kind === "edit" ? userFormFrom(mode.user) : newUserForm(mode.folder));
        setFieldErrors({});
        setError(null);
      },
    ),
  );

  const set = <K extends keyof UserFormValues>(key: K) => (value: UserFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errorsFor = (field: string) => fieldErrors()[field];

  const save = async (event?: Event) => {
    event?.preventDefault();
    const parsed = userFormInput(values());
    if (!parsed.ok) return;
    setBusy(true);
    setError(null);
    try {
      const user = editing();
      const saved = user ? await trpc.users.update.mutate({ id: user.id, ...parsed.input }) : await trpc.users.create.mutate(parsed.input);
      toast.success(`User ${saved.username} ${user ? "updated" : "created"}`);
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
      title={editing() ? `Edit ${editing()?.username ?? ""}` : "Create user"}
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
      <form class="stack user-form" onSubmit={(event) => void save(event)}>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
        <div class="user-form-grid">
          <TextField label="Username" required autocomplete="off" value={values().username} onValue={set("username")} error={errorsFor("username")} hint="Unique across all folders." />
          <TextField label="Path" required value={values().path} onValue={set("path")} error={errorsFor("path")} hint="The folder, such as users/eng." />
          <TextField label="Name" value={values().name} onValue={set("name")} error={errorsFor("name")} hint="The display name." />
          <TextField label="Email" type="email" value={values().email} onValue={set("email")} error={errorsFor("email")} />
        </div>
        <Checkbox label="Is active" checked={values().isActive} onChange={set("isActive")} error={errorsFor("isActive")} hint="Inactive users cannot sign in." />
        <CodeArea
          label="Attributes"
          value={values().attributes}
          onValue={set("attributes")}
          validate={(text) => {
            const result = parseAttributes(text);
            return result.ok ? null : result.message;
          }}
          error={errorsFor("attributes")}
          hint="YAML or JSON; an empty object {} by default."
          rows={7}
        />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

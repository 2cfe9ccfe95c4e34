/**
 * Assign on object: pick an object type, one object of that type (searched on the server), and a
 * permission that fits that type (`*_user`, `impersonate`… for users). The grant applies to that
 * one object only.
 */
import { createEffect, createMemo, createSignal, on, Show } from "solid-js";
import { codenamesForObjectType, pickableObjectTypes, type PermissionInfo, type PickableObjectType } from "../../lib/permission-grants";
import { searchObjects, type PickOption } from "../../lib/pick-sources";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { Select } from "../../ui/select";
import { useToast } from "../../ui/toast";
import { SearchPick } from "../groups/search-pick";

export function AssignObjectPermissionDialog(props: { open: boolean; role: { id: string; name: string }; catalogue: PermissionInfo[]; onClose: () => void; onAssigned: () => void }) {
  return (
    <Show when={props.open}>
      <AssignObjectPermissionForm {...props} />
    </Show>
  );
}

function AssignObjectPermissionForm(props: { open: boolean; role: { id: string; name: string }; catalogue: PermissionInfo[]; onClose: () => void; onAssigned: () => void }) {
  const toast = useToast();
  const [objectType, setObjectType] = createSignal<PickableObjectType>("user");
  const [object, setObject] = createSignal<PickOption | null>(null);
  const [permission, setPermission] = createSignal("");
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const fitting = createMemo(() => codenamesForObjectType(props.catalogue, objectType()));

  // A new type means a new object and a permission that fits it.
  createEffect(on(fitting, (list) => (setObject(null), setPermission(list[0]?.codename ?? ""))));

  const assign = async () => {
    const target = object();
    if (!target) {
      setFieldErrors({ objectId: [`Choose a ${objectType()}.`] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await trpc.roles.assignPermission.mutate({ roleId: props.role.id, permission: permission(), objectType: objectType(), objectId: target.id });
      toast.success(`${permission()} on ${objectType()} ${target.label} assigned to ${props.role.name}`);
      props.onAssigned();
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
      open
      onClose={() => !busy() && props.onClose()}
      size="large"
      title={`Assign a permission on one object to ${props.role.name}`}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={!object() || !permission()} onClick={() => void assign()}>
            Assign
          </Button>
        </>
      }
    >
      <div class="stack">
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
        <Select label="Object type" value={objectType()} options={[...pickableObjectTypes]} onValue={(value) => setObjectType(value as PickableObjectType)} error={fieldErrors().objectType} />
        <Show when={objectType()} keyed>
          {(type) => (
            <SearchPick
              single
              label={`${pickableObjectTypes.find((entry) => entry.value === type)?.label ?? "Object"}`}
              search={searchObjects(type)}
              selected={object() ? [object() as PickOption] : []}
              onToggle={(option) => setObject(option)}
              placeholder={type === "user" ? "Username, name or email…" : `Search ${type}s…`}
              error={fieldErrors().objectId}
            />
          )}
        </Show>
        <Select
          label="Permission"
          value={permission()}
          options={fitting().map((entry) => ({ value: entry.codename, label: `${entry.codename} — ${entry.description}` }))}
          onValue={setPermission}
          error={fieldErrors().permission}
          hint={`Only permissions that apply to a single ${objectType()} are listed.`}
        />
      </div>
    </Dialog>
  );
}

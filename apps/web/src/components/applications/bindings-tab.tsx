/**
 * The application page's Bindings: who may access it. Add a user or a group binding; toggle
 * Negate and Enabled in the row; Edit changes the order; Delete for the chosen ones.
 */
import { A } from "@solidjs/router";
import type { TApplication, TPolicyBinding } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { accessSummary, bindingSubject, deleteBindingsConfirmation } from "../../lib/application-texts";
import { toClientError, trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { BindingFormDialog, type BindingFormMode } from "./binding-form-dialog";

export function BindingsTab(props: { application: TApplication; onChanged: () => void }) {
  const toast = useToast();
  const bindings = useApiQuery(() => props.application.id, (applicationId) => trpc.bindings.list.query({ applicationId }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [form, setForm] = createSignal<BindingFormMode | null>(null);
  const [deleting, setDeleting] = createSignal(false);
  const [saving, setSaving] = createSignal<ReadonlySet<string>>(new Set());
  const rows = () => bindings.data()?.items ?? [];
  const chosen = () => rows().filter((binding) => selected().has(binding.id));
  const confirmation = () => deleteBindingsConfirmation(props.application.name, chosen());
  const changed = () => {
    void bindings.refetch();
    props.onChanged();
  };

  const toggle = async (binding: TPolicyBinding, field: "negate" | "enabled", value: boolean) => {
    setSaving((ids) => new Set([...ids, binding.id]));
    try {
      await trpc.bindings.update.mutate({ id: binding.id, [field]: value });
      toast.success(`Binding of ${bindingSubject(binding)} ${field === "enabled" ? (value ? "enabled" : "disabled") : value ? "negated" : "no longer negated"}`);
      changed();
    } catch (caught) {
      toast.error(toClientError(caught).message);
      void bindings.refetch();
    } finally {
      setSaving((ids) => new Set([...ids].filter((id) => id !== binding.id)));
    }
  };

  const columns: Column<TPolicyBinding>[] = [
    { key: "order", header: "Order", width: "80px", cell: (binding) => <span class="binding-order">{binding.order}</span> },
    {
      key: "subject",
      header: "Bound to",
      cell: (binding) => (
        <span class="row">
          <Show when={binding.user} fallback={<Show when={binding.group}>{(group) => <><Badge>Group</Badge><A href={`/directory/groups/${group().id}`}>{group().name}</A></>}</Show>}>
            {(user) => (
              <>
                <Badge>User</Badge>
                <A href={`/directory/users/${user().id}`}>{user().username}</A>
              </>
            )}
          </Show>
        </span>
      ),
    },
    {
      key: "negate",
      header: "Negate",
      width: "90px",
      cell: (binding) => <Checkbox labelHidden label={`Negate the binding of ${bindingSubject(binding)}`} checked={binding.negate} disabled={saving().has(binding.id)} onChange={(value) => void toggle(binding, "negate", value)} />,
    },
    {
      key: "enabled",
      header: "Enabled",
      width: "90px",
      cell: (binding) => <Checkbox labelHidden label={`Enable the binding of ${bindingSubject(binding)}`} checked={binding.enabled} disabled={saving().has(binding.id)} onChange={(value) => void toggle(binding, "enabled", value)} />,
    },
    {
      key: "edit",
      header: "",
      width: "72px",
      cell: (binding) => (
        <Button variant="ghost" size="small" aria-label={`Edit the binding of ${bindingSubject(binding)}`} onClick={() => setForm({ kind: "edit", binding })}>
          Edit
        </Button>
      ),
    },
  ];

  return (
    <div>
      <p class="muted tab-intro">{accessSummary(props.application.bindingCount, props.application.policyEngineMode)}</p>
      <div class="directory-toolbar">
        <Button variant="primary" onClick={() => setForm({ kind: "create", subject: "user" })}>
          Add user binding
        </Button>
        <Button onClick={() => setForm({ kind: "create", subject: "group" })}>Add group binding</Button>
        <span class="spacer" />
        <Show when={chosen().length > 0}>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <Show when={bindings.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table
        label={`Bindings of ${props.application.name}`}
        columns={columns}
        rows={rows()}
        rowKey={(binding) => binding.id}
        rowLabel={(binding) => `Select the binding of ${bindingSubject(binding)}`}
        loading={bindings.loading()}
        selected={selected()}
        onSelectionChange={setSelected}
        empty={<EmptyState title="No bindings" description="Every active user may access this application. Add a user or group binding to limit who may." />}
      />
      <BindingFormDialog mode={form()} application={props.application} onClose={() => setForm(null)} onSaved={changed} />
      <ConfirmDialog
        open={deleting()}
        onClose={() => setDeleting(false)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const result = await trpc.bindings.delete.mutate({ ids: chosen().map((binding) => binding.id) });
          toast.success(`${plural(result.deleted, "binding")} deleted`);
          setSelected(new Set<string>());
          changed();
        }}
      />
    </div>
  );
}

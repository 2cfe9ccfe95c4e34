/** The role page's Permissions: global grants and grants on single objects, each with its Assign dialog. */
import type { TRolePermission } from "@roster/core";
import { createMemo, createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { unassignPermissionConfirmation } from "../../lib/directory-texts";
import { globalCodenames, grantInput, grantLabel, splitGrants } from "../../lib/permission-grants";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";
import { AssignObjectPermissionDialog } from "./assign-object-permission-dialog";
import { AssignPermissionDialog } from "./assign-permission-dialog";
import { GrantsTable } from "./grants-table";
import "./roles.css";

export function RolePermissionsTab(props: { role: { id: string; name: string }; onChanged: () => void }) {
  const toast = useToast();
  const catalogue = useApiQuery(() => true, () => trpc.permissions.list.query());
  const grants = useApiQuery(() => props.role.id, (roleId) => trpc.roles.permissions.query({ roleId }));
  const [dialog, setDialog] = createSignal<"global" | "object" | null>(null);
  const [removing, setRemoving] = createSignal<TRolePermission | null>(null);
  const split = createMemo(() => splitGrants(grants.data()?.items ?? []));
  const confirmation = () => unassignPermissionConfirmation(props.role.name, grantLabel(removing() ?? { codename: "", objectType: null, objectId: null, objectName: null }));
  const changed = () => {
    void grants.refetch();
    props.onChanged();
  };

  return (
    <div>
      <Show when={grants.error() ?? catalogue.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <section class="role-section">
        <div class="role-section-header">
          <h2>Global permissions</h2>
          <Button variant="primary" onClick={() => setDialog("global")} disabled={!catalogue.data()}>
            Assign permission
          </Button>
        </div>
        <GrantsTable kind="global" grants={split().global} loading={grants.loading() && !grants.data()} onRemove={setRemoving} />
      </section>
      <section class="role-section">
        <div class="role-section-header">
          <h2>Object permissions</h2>
          <Button onClick={() => setDialog("object")} disabled={!catalogue.data()}>
            Assign on object
          </Button>
        </div>
        <GrantsTable kind="object" grants={split().perObject} loading={grants.loading() && !grants.data()} onRemove={setRemoving} />
      </section>
      <AssignPermissionDialog open={dialog() === "global"} role={props.role} catalogue={catalogue.data()?.items ?? []} held={globalCodenames(grants.data()?.items ?? [])} onClose={() => setDialog(null)} onAssigned={changed} />
      <AssignObjectPermissionDialog open={dialog() === "object"} role={props.role} catalogue={catalogue.data()?.items ?? []} onClose={() => setDialog(null)} onAssigned={changed} />
      <ConfirmDialog
        open={removing() !== null}
        onClose={() => setRemoving(null)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const grant = removing();
          if (!grant) return;
          await trpc.roles.unassignPermission.mutate(grantInput(props.role.id, grant));
          toast.success(`${grantLabel(grant)} removed from ${props.role.name}`);
          changed();
        }}
      />
    </div>
  );
}

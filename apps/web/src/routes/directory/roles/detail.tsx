/** A role's page (`/directory/roles/:id`): header with Rename and Delete, tabs Permissions and Members. */
import { useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, Match, Switch } from "solid-js";
import { DeleteRolesButton } from "../../../components/roles/delete-roles";
import { RoleFormDialog } from "../../../components/roles/role-form-dialog";
import { RoleMembersTab } from "../../../components/roles/role-members-tab";
import { RolePermissionsTab } from "../../../components/roles/role-permissions-tab";
import { useBreadcrumbTail } from "../../../components/shell/breadcrumbs";
import { useApiQuery } from "../../../lib/api-query";
import { readTab, roleTabs, tabParam } from "../../../lib/detail-tabs";
import { LoadFailure } from "../../../components/shell/load-failure";
import { trpc } from "../../../lib/trpc";
import { plural } from "../../../lib/user-texts";
import { Button } from "../../../ui/button";
import { PageHeader } from "../../../ui/page-header";
import { Tabs } from "../../../ui/tabs";
import "../../../styles/directory.css";

export default function RolePage() {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const role = useApiQuery(() => params.id, (id) => trpc.roles.get.query({ id }));
  const [editing, setEditing] = createSignal(false);
  const tab = () => readTab(roleTabs, search.tab);
  useBreadcrumbTail(() => (role.data() ? [role.data()?.name ?? ""] : []));

  return (
    <Switch>
      <Match when={role.error()}>{(error) => <LoadFailure error={error()} noun="role" />}</Match>
      <Match when={role.data()}>
        {(current) => (
          <>
            <PageHeader
              title={current().name}
              description={`${plural(current().permissionCount, "permission grant")}, held directly by ${plural(current().userCount, "user")} and ${plural(current().groupCount, "group")}.`}
              toolbar={
                <>
                  <Button onClick={() => setEditing(true)}>Rename</Button>
                  <DeleteRolesButton label="Delete" roles={[current()]} onDeleted={() => navigate("/directory/roles")} />
                </>
              }
            />
            <Tabs label="Role" tabs={[...roleTabs]} value={tab()} onChange={(id) => setSearch({ tab: tabParam(roleTabs, id) })}>
              <Switch>
                <Match when={tab() === "permissions"}>
                  <RolePermissionsTab role={current()} onChanged={() => void role.refetch()} />
                </Match>
                <Match when={tab() === "members"}>
                  <RoleMembersTab roleId={current().id} />
                </Match>
              </Switch>
            </Tabs>
            <RoleFormDialog mode={editing() ? { kind: "edit", role: current() } : null} onClose={() => setEditing(false)} onSaved={(next) => role.mutate(next)} />
          </>
        )}
      </Match>
    </Switch>
  );
}

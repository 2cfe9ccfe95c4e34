/** A group's page (`/directory/groups/:id`): header with Edit and Delete, tabs Overview, Members, Roles. */
import { useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { useBreadcrumbTail } from "../../../components/shell/breadcrumbs";
import { DeleteGroupsButton } from "../../../components/groups/delete-groups";
import { GroupFormDialog } from "../../../components/groups/group-form-dialog";
import { GroupMembersTab } from "../../../components/groups/group-members-tab";
import { GroupOverview } from "../../../components/groups/group-overview";
import { GroupRolesTab } from "../../../components/groups/group-roles-tab";
import { useApiQuery } from "../../../lib/api-query";
import { groupTabs, readTab, tabParam } from "../../../lib/detail-tabs";
import { LoadFailure } from "../../../components/shell/load-failure";
import { trpc } from "../../../lib/trpc";
import { Badge } from "../../../ui/badge";
import { Button } from "../../../ui/button";
import { PageHeader } from "../../../ui/page-header";
import { Tabs } from "../../../ui/tabs";
import "../../../styles/directory.css";

export default function GroupPage() {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const group = useApiQuery(() => params.id, (id) => trpc.groups.get.query({ id }));
  const [editing, setEditing] = createSignal(false);
  const tab = () => readTab(groupTabs, search.tab);
  useBreadcrumbTail(() => (group.data() ? [group.data()?.name ?? ""] : []));

  return (
    <Switch>
      <Match when={group.error()}>{(error) => <LoadFailure error={error()} noun="group" />}</Match>
      <Match when={group.data()}>
        {(current) => (
          <>
            <PageHeader
              title={current().name}
              description={current().isSuperuser ? "A super-user group: its members, and members of the groups under it, hold every permission." : "Members receive this group's roles, and those of its parents."}
              toolbar={
                <>
                  <Show when={current().isSuperuser}>
                    <Badge tone="warning">Super-user</Badge>
                  </Show>
                  <Button onClick={() => setEditing(true)}>Edit</Button>
                  <DeleteGroupsButton label="Delete" groups={[current()]} onDeleted={() => navigate("/directory/groups")} />
                </>
              }
            />
            <Tabs label="Group" tabs={[...groupTabs]} value={tab()} onChange={(id) => setSearch({ tab: tabParam(groupTabs, id) })}>
              <Switch>
                <Match when={tab() === "overview"}>
                  <GroupOverview group={current()} />
                </Match>
                <Match when={tab() === "members"}>
                  <GroupMembersTab group={current()} onChanged={() => void group.refetch()} />
                </Match>
                <Match when={tab() === "roles"}>
                  <GroupRolesTab group={current()} onChanged={(next) => group.mutate(next)} />
                </Match>
              </Switch>
            </Tabs>
            <GroupFormDialog mode={editing() ? { kind: "edit", group: current() } : null} onClose={() => setEditing(false)} onSaved={(next) => group.mutate(next)} />
          </>
        )}
      </Match>
    </Switch>
  );
}

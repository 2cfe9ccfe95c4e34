/** The role page's Members: the users and groups the role is assigned to directly. */
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { trpc } from "../../lib/trpc";
import { EmptyState } from "../../ui/empty-state";
import { Table } from "../../ui/table";
import "./roles.css";

export function RoleMembersTab(props: { roleId: string }) {
  const members = useApiQuery(() => props.roleId, (roleId) => trpc.roles.members.query({ roleId }));
  const loading = () => members.loading() && !members.data();
  return (
    <div>
      <Show when={members.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <section class="role-section">
        <div class="role-section-header">
          <h2>Users</h2>
        </div>
        <Table
          label="Users holding this role"
          columns={[{ key: "username", header: "Username", cell: (user) => <A href={`/directory/users/${user.id}`}>{user.username}</A> }]}
          rows={members.data()?.users ?? []}
          rowKey={(user) => user.id}
          loading={loading()}
          empty={<EmptyState title="No users" description="Assign the role on a user's Roles tab." />}
        />
      </section>
      <section class="role-section">
        <div class="role-section-header">
          <h2>Groups</h2>
        </div>
        <Table
          label="Groups holding this role"
          columns={[{ key: "name", header: "Group", cell: (group) => <A href={`/directory/groups/${group.id}`}>{group.name}</A> }]}
          rows={members.data()?.groups ?? []}
          rowKey={(group) => group.id}
          loading={loading()}
          empty={<EmptyState title="No groups" description="Give the role to a group on the group's Roles tab; its members then hold it too." />}
        />
      </section>
    </div>
  );
}

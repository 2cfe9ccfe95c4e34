/** A role's grants as a table: global ones (codename, description) or per object (with the object's name). */
import { A } from "@solidjs/router";
import type { TRolePermission } from "@roster/core";
import { Show } from "solid-js";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";

const detailPages: Record<string, string> = { user: "/directory/users", group: "/directory/groups", role: "/directory/roles" };

function ObjectCell(props: { grant: TRolePermission }) {
  const page = () => detailPages[props.grant.objectType ?? ""];
  return (
    <Show when={props.grant.objectName} fallback={<span class="muted" title={props.grant.objectId ?? ""}>Deleted object</span>}>
      {(name) => (
        <Show when={page()} fallback={name()}>
          {(href) => <A href={`${href()}/${props.grant.objectId ?? ""}`}>{name()}</A>}
        </Show>
      )}
    </Show>
  );
}

export function GrantsTable(props: { kind: "global" | "object"; grants: TRolePermission[]; loading: boolean; onRemove: (grant: TRolePermission) => void }) {
  const permission: Column<TRolePermission> = { key: "codename", header: "Permission", width: "240px", cell: (grant) => <code>{grant.codename}</code> };
  const remove: Column<TRolePermission> = {
    key: "remove",
    header: "",
    width: "90px",
    cell: (grant) => (
      <Button variant="ghost" size="small" aria-label={`Remove ${grant.codename}${grant.objectName ? ` on ${grant.objectName}` : ""}`} onClick={() => props.onRemove(grant)}>
        Remove
      </Button>
    ),
  };
  const columns = (): Column<TRolePermission>[] =>
    props.kind === "global"
      ? [permission, { key: "description", header: "Description", cell: (grant) => grant.description }, remove]
      : [
          permission,
          { key: "type", header: "Object type", width: "130px", cell: (grant) => grant.objectType ?? "" },
          { key: "object", header: "Object", cell: (grant) => <ObjectCell grant={grant} /> },
          remove,
        ];
  return (
    <Table
      label={props.kind === "global" ? "Global permissions" : "Object permissions"}
      columns={columns()}
      rows={props.grants}
      rowKey={(grant) => grant.id}
      loading={props.loading}
      empty={
        props.kind === "global" ? (
          <EmptyState title="No global permissions" description="A global permission applies to every object of its kind." />
        ) : (
          <EmptyState title="No object permissions" description="An object permission applies to one user, group or role only." />
        )
      }
    />
  );
}

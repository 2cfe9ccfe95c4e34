/** Links to a group's or a role's page, and a list of group links read as a sentence ("a, b and c"). */
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";

export interface NamedRef {
  id: string;
  name: string;
}

export function GroupLink(props: { group: NamedRef }) {
  return <A href={`/directory/groups/${props.group.id}`}>{props.group.name}</A>;
}

export function RoleLink(props: { role: NamedRef }) {
  return <A href={`/directory/roles/${props.role.id}`}>{props.role.name}</A>;
}

/** "engineering", "engineering and staff", "a, b and c": the separators as plain text between links. */
export function GroupLinks(props: { groups: NamedRef[] }) {
  const separator = (index: number) => (index === props.groups.length - 2 ? " and " : ", ");
  return (
    <For each={props.groups}>
      {(group, index) => (
        <>
          <GroupLink group={group} />
          <Show when={index() < props.groups.length - 1}>{separator(index())}</Show>
        </>
      )}
    </For>
  );
}

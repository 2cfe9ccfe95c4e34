/**
 * The User folders panel: "All users" above the folder tree built from `users.paths`. Choosing a
 * folder filters the list to it and its subfolders.
 */
import { Show } from "solid-js";
import type { Query } from "../../lib/api-query";
import { buildPathTree, type TreeNode } from "../../lib/tree";
import { Tree } from "../../ui/tree";

/** The root's id: no folder path is empty, so it cannot collide with one. */
const allUsers = "";

export function UserFolders(props: { paths: Query<{ paths: string[] }>; selected: string | null; onSelect: (path: string | null) => void }) {
  const nodes = (): TreeNode[] => [{ id: allUsers, label: "All users", children: buildPathTree(props.paths.data()?.paths ?? []) }];
  return (
    <section class="user-folders" aria-labelledby="user-folders-title">
      <h2 id="user-folders-title">User folders</h2>
      <Tree label="User folders" nodes={nodes()} selected={props.selected ?? allUsers} initiallyExpanded={[allUsers, "users"]} onSelect={(id) => props.onSelect(id === allUsers ? null : id)} />
      <Show when={props.paths.error()}>{(error) => <p class="field-error">{error().message}</p>}</Show>
    </section>
  );
}

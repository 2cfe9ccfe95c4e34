/** Folder trees: built from paths such as `users/eng/backend`, flattened for keyboard moves. */
export interface TreeNode {
  id: string;
  label: string;
  children: TreeNode[];
}

/** One node per path segment; `users/eng` and `users/sales` share the `users` node. */
export function buildPathTree(paths: readonly string[]): TreeNode[] {
  const roots: TreeNode[] = [];
  for (const path of [...paths].sort()) {
    let level = roots;
    let id = "";
    for (const segment of path.split("/").filter(Boolean)) {
      id = id ? `${id}/${segment}` : segment;
      let node = level.find((candidate) => candidate.id === id);
      if (!node) {
        node = { id, label: segment, children: [] };
        level.push(node);
      }
      level = node.children;
    }
  }
  return roots;
}

export interface VisibleTreeItem {
  node: TreeNode;
  depth: number;
  parentId: string | null;
}

/** The items on screen, in order: children only under expanded nodes. */
export function visibleTreeItems(nodes: readonly TreeNode[], expanded: ReadonlySet<string>, depth = 0, parentId: string | null = null): VisibleTreeItem[] {
  const items: VisibleTreeItem[] = [];
  for (const node of nodes) {
    items.push({ node, depth, parentId });
    if (expanded.has(node.id)) items.push(...visibleTreeItems(node.children, expanded, depth + 1, node.id));
  }
  return items;
}

/** Every ancestor of an id (`a/b/c` → `a`, `a/b`), to reveal a selected folder. */
export function ancestorIds(id: string): string[] {
  const segments = id.split("/");
  return segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join("/"));
}

/**
 * Tree: expandable folders (ARIA tree). Arrow keys: Up/Down move, Right opens or enters, Left
 * closes or goes to the parent, Enter/Space select. One item is in the Tab order.
 */
import { createMemo, createSignal, For, Show } from "solid-js";
import { ancestorIds, visibleTreeItems, type TreeNode } from "../lib/tree";
import { ChevronRightIcon, FolderIcon } from "./icons";
import "./tree.css";

export function Tree(props: { label: string; nodes: TreeNode[]; selected: string | null; onSelect: (id: string) => void; initiallyExpanded?: string[] }) {
  const [expanded, setExpanded] = createSignal(new Set([...(props.initiallyExpanded ?? []), ...(props.selected ? ancestorIds(props.selected) : [])]));
  const [focused, setFocused] = createSignal<string | null>(null);
  const items = createMemo(() => visibleTreeItems(props.nodes, expanded()));
  // Rows are keyed by id (not by object, which a parent may rebuild), so expanding a folder keeps
  // the other rows' elements, and the keyboard focus on them.
  const byId = createMemo(() => new Map(items().map((item) => [item.node.id, item])));
  const tabStop = () => focused() ?? props.selected ?? items()[0]?.node.id ?? null;
  let list: HTMLUListElement | undefined;

  const setOpen = (id: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const focusItem = (id: string) => {
    setFocused(id);
    list?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, id: string) => {
    const visible = items();
    const index = visible.findIndex((item) => item.node.id === id);
    const item = visible[index];
    if (!item) return;
    const hasChildren = item.node.children.length > 0;
    const isOpen = expanded().has(id);
    const focusIf = (target: string | null | undefined) => {
      if (target) focusItem(target);
    };
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusIf(visible[index + 1]?.node.id),
      ArrowUp: () => focusIf(visible[index - 1]?.node.id),
      ArrowRight: () => (hasChildren && !isOpen ? setOpen(id, true) : focusIf(item.node.children[0]?.id)),
      ArrowLeft: () => (isOpen ? setOpen(id, false) : focusIf(item.parentId)),
      Enter: () => props.onSelect(id),
      " ": () => props.onSelect(id),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <ul class="tree" role="tree" aria-label={props.label} ref={(element) => (list = element)}>
      <For each={items().map((item) => item.node.id)}>
        {(id) => {
          const item = () => byId().get(id);
          const hasChildren = () => (item()?.node.children.length ?? 0) > 0;
          return (
            <li
              role="treeitem"
              class="tree-item"
              data-id={id}
              style={{ "padding-left": `${4 + (item()?.depth ?? 0) * 16}px` }}
              aria-level={(item()?.depth ?? 0) + 1}
              aria-expanded={hasChildren() ? expanded().has(id) : undefined}
              aria-selected={props.selected === id}
              tabIndex={tabStop() === id ? 0 : -1}
              onFocus={() => setFocused(id)}
              onKeyDown={(event) => onKeyDown(event, id)}
              onClick={() => props.onSelect(id)}
            >
              <span
                class="tree-toggle"
                data-expanded={expanded().has(id) ? "true" : undefined}
                onClick={(event) => {
                  event.stopPropagation();
                  setOpen(id, !expanded().has(id));
                }}
              >
                <Show when={hasChildren()}>
                  <ChevronRightIcon />
                </Show>
              </span>
              <span class="tree-icon">
                <FolderIcon />
              </span>
              <span>{item()?.node.label}</span>
            </li>
          );
        }}
      </For>
    </ul>
  );
}

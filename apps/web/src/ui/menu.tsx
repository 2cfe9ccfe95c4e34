/** Menu: a button that opens a list of actions (the user menu). Arrow keys move, ESC closes. */
import { createSignal, For, onCleanup, onMount, Show, type JSX } from "solid-js";
import { moveActive } from "../lib/list-navigation";
import "./menu.css";

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** Shown but not taken; `title` says why. */
  disabled?: boolean;
  title?: string;
}

export function Menu(props: { button: JSX.Element; buttonLabel: string; heading?: JSX.Element; items: MenuItem[]; buttonClass?: string }) {
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;
  let trigger: HTMLButtonElement | undefined;
  const entries = () => Array.from(root?.querySelectorAll<HTMLElement>(".menu-item") ?? []);
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) trigger?.focus();
  };
  const openAndFocus = (index: number) => {
    setOpen(true);
    queueMicrotask(() => entries()[index]?.focus());
  };
  const onOutside = (event: MouseEvent) => {
    if (open() && root && event.target instanceof Node && !root.contains(event.target)) close(false);
  };
  onMount(() => document.addEventListener("mousedown", onOutside));
  onCleanup(() => document.removeEventListener("mousedown", onOutside));

  const onKeyDown = (event: KeyboardEvent) => {
    const list = entries();
    const current = list.findIndex((entry) => entry === document.activeElement);
    if (event.key === "Escape" && open()) {
      event.preventDefault();
      close(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open()) openAndFocus(event.key === "ArrowDown" ? 0 : props.items.length - 1);
      else list[moveActive(current, list.length, event.key === "ArrowDown" ? 1 : -1)]?.focus();
    } else if (event.key === "Tab" && open()) {
      close(false);
    }
  };

  return (
    <div class="menu" ref={(element) => (root = element)} onKeyDown={onKeyDown}>
      <button ref={(element) => (trigger = element)} type="button" class={props.buttonClass} aria-haspopup="menu" aria-expanded={open()} aria-label={props.buttonLabel} onClick={() => (open() ? close(false) : openAndFocus(0))}>
        {props.button}
      </button>
      <Show when={open()}>
        <div class="menu-list">
          <Show when={props.heading}>
            <div class="menu-heading">{props.heading}</div>
          </Show>
          <ul role="menu" aria-label={props.buttonLabel} style={{ margin: 0, padding: 0, "list-style": "none" }}>
            <For each={props.items}>
              {(item) => (
                <li role="none">
                  <button
                    type="button"
                    role="menuitem"
                    class={item.danger ? "menu-item menu-item-danger" : "menu-item"}
                    aria-disabled={item.disabled ? "true" : undefined}
                    title={item.title}
                    onClick={() => {
                      if (item.disabled) return;
                      close(true);
                      item.onSelect();
                    }}
                  >
                    {item.label}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
}

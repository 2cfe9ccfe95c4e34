/**
 * Menu: a button that opens a list of actions (the user menu), and groups of radio items for a
 * choice (the theme: `menuitemradio` with `aria-checked`). Arrow keys move, ESC closes.
 */
import { createSignal, createUniqueId, For, onCleanup, onMount, Show, type JSX } from "solid-js";
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

/** A labelled group of radio items, one of them checked. */
export interface MenuChoice<Value extends string = string> {
  group: string;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
}

export type MenuEntry = MenuItem | MenuChoice;

function isChoice(entry: MenuEntry): entry is MenuChoice {
  return "group" in entry;
}

export function Menu(props: { button: JSX.Element; buttonLabel: string; heading?: JSX.Element; items: MenuEntry[]; buttonClass?: string }) {
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;
  let trigger: HTMLButtonElement | undefined;
  const entries = () => Array.from(root?.querySelectorAll<HTMLElement>(".menu-item") ?? []);
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) trigger?.focus();
  };
  /** `index` -1: the last entry. */
  const openAndFocus = (index: number) => {
    setOpen(true);
    queueMicrotask(() => entries().at(index)?.focus());
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
      if (!open()) openAndFocus(event.key === "ArrowDown" ? 0 : -1);
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
              {(entry) => (isChoice(entry) ? <MenuRadioGroup choice={entry} close={() => close(true)} /> : <MenuAction item={entry} close={() => close(true)} />)}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
}

function MenuAction(props: { item: MenuItem; close: () => void }) {
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        class={props.item.danger ? "menu-item menu-item-danger" : "menu-item"}
        aria-disabled={props.item.disabled ? "true" : undefined}
        title={props.item.title}
        onClick={() => {
          if (props.item.disabled) return;
          props.close();
          props.item.onSelect();
        }}
      >
        {props.item.label}
      </button>
    </li>
  );
}

function MenuRadioGroup(props: { choice: MenuChoice; close: () => void }) {
  const labelId = createUniqueId();
  return (
    <li role="none" class="menu-group">
      <div role="group" aria-labelledby={labelId}>
        <div class="menu-group-label" id={labelId}>
          {props.choice.group}
        </div>
        <For each={props.choice.options}>
          {(option) => (
            <button
              type="button"
              role="menuitemradio"
              class="menu-item menu-item-radio"
              aria-checked={option.value === props.choice.value ? "true" : "false"}
              onClick={() => {
                props.close();
                props.choice.onChange(option.value);
              }}
            >
              {option.label}
            </button>
          )}
        </For>
      </div>
    </li>
  );
}

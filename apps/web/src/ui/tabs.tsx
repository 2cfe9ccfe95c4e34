/** Tabs: a tab list (arrow keys move between tabs) and the active tab's panel (`children`). */
import { createUniqueId, For, type JSX } from "solid-js";
import { moveActive } from "../lib/list-navigation";
import "./tabs.css";

export interface TabItem {
  id: string;
  label: string;
}

export function Tabs(props: { label: string; tabs: TabItem[]; value: string; onChange: (id: string) => void; children: JSX.Element }) {
  const base = createUniqueId();
  let list: HTMLDivElement | undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const current = props.tabs.findIndex((tab) => tab.id === props.value);
    let index: number | null = delta === undefined ? null : moveActive(current, props.tabs.length, delta);
    if (event.key === "Home") index = 0;
    if (event.key === "End") index = props.tabs.length - 1;
    const tab = index === null ? undefined : props.tabs[index];
    if (!tab) return;
    event.preventDefault();
    props.onChange(tab.id);
    list?.querySelector<HTMLElement>(`#${CSS.escape(`${base}-tab-${tab.id}`)}`)?.focus();
  };
  return (
    <div>
      <div class="tabs-list" role="tablist" aria-label={props.label} ref={(element) => (list = element)} onKeyDown={onKeyDown}>
        <For each={props.tabs}>
          {(tab) => (
            <button
              type="button"
              role="tab"
              class="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={tab.id === props.value}
              aria-controls={`${base}-panel`}
              tabIndex={tab.id === props.value ? 0 : -1}
              onClick={() => props.onChange(tab.id)}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${props.value}`} tabIndex={0}>
        {props.children}
      </div>
    </div>
  );
}

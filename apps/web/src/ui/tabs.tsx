/**
 * Tabs: a tab list (arrow keys, Home and End move between tabs) and the active tab's panel
 * (`children`). A strip wider than its room scrolls sideways: fade edges and scroll buttons say
 * there is more, and the selected tab is always scrolled fully into view.
 */
import { createEffect, createUniqueId, For, on, onMount, Show, type JSX } from "solid-js";
import { moveActive } from "../lib/list-navigation";
import { createScrollOverflow, revealHorizontally } from "../lib/scroll-overflow";
import { ChevronRightIcon } from "./icons";
import "./tabs.css";

export interface TabItem {
  id: string;
  label: string;
}

/** Room kept beside a revealed tab, so that no fade or scroll button covers it. */
const edgeRoom = 32;

export function Tabs(props: { label: string; tabs: TabItem[]; value: string; onChange: (id: string) => void; children: JSX.Element }) {
  const base = createUniqueId();
  let list: HTMLDivElement | undefined;
  const overflow = createScrollOverflow(() => list);
  const tabElement = (id: string) => list?.querySelector<HTMLElement>(`#${CSS.escape(`${base}-tab-${id}`)}`) ?? null;
  const revealSelected = () => {
    const selected = tabElement(props.value);
    if (list && selected) revealHorizontally(list, selected, edgeRoom);
    overflow.update();
  };
  onMount(revealSelected);
  createEffect(on(() => [props.value, props.tabs.length], revealSelected, { defer: true }));

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
    tabElement(tab.id)?.focus({ preventScroll: true });
  };
  const scrollBy = (direction: 1 | -1) => list?.scrollBy({ left: direction * Math.max(120, (list.clientWidth * 2) / 3), behavior: "smooth" });

  return (
    <div>
      <div class="tabs-strip" classList={{ "tabs-more-before": overflow.before(), "tabs-more-after": overflow.after() }}>
        <div class="tabs-list" role="tablist" aria-label={props.label} ref={(element) => (list = element)} onKeyDown={onKeyDown} onScroll={() => overflow.update()}>
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
        {/* Pointer helpers only: keyboard users move with the arrow keys, which scroll the strip too. */}
        <Show when={overflow.before()}>
          <button type="button" class="tabs-scroll tabs-scroll-before" tabIndex={-1} aria-hidden="true" title="Show earlier tabs" onClick={() => scrollBy(-1)}>
            <ChevronRightIcon />
          </button>
        </Show>
        <Show when={overflow.after()}>
          <button type="button" class="tabs-scroll tabs-scroll-after" tabIndex={-1} aria-hidden="true" title="Show more tabs" onClick={() => scrollBy(1)}>
            <ChevronRightIcon />
          </button>
        </Show>
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${props.value}`} tabIndex={0}>
        {props.children}
      </div>
    </div>
  );
}

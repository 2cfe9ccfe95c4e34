/** The left navigation from the menu model; on narrow screens it slides over the page. */
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { isSingleLink, type NavGroup } from "../../lib/navigation";
import { Logo } from "../logo";

export function SideNav(props: { groups: NavGroup[]; open: boolean; onNavigate: () => void }) {
  const link = (href: string, label: string) => (
    <A href={href} end={href === "/"} class="side-nav-link" activeClass="active" onClick={() => props.onNavigate()}>
      {label}
    </A>
  );
  return (
    <>
      <nav class="side-nav" aria-label="Main" data-open={props.open ? "true" : undefined}>
        <A href="/" class="side-nav-brand" onClick={() => props.onNavigate()}>
          <Logo />
          Roster
        </A>
        <ul class="side-nav-groups">
          <For each={props.groups.filter((group) => group.inSideNav)}>
            {(group) => (
              <li class="side-nav-group">
                <Show when={!isSingleLink(group)} fallback={link(group.items[0]?.href ?? "/", group.label)}>
                  <div class="side-nav-heading" id={`nav-${group.label.toLowerCase().replace(/\W+/g, "-")}`}>
                    {group.label}
                  </div>
                  <ul aria-labelledby={`nav-${group.label.toLowerCase().replace(/\W+/g, "-")}`}>
                    <For each={group.items}>{(item) => <li>{link(item.href, item.label)}</li>}</For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <div class="nav-scrim" onClick={() => props.onNavigate()} />
    </>
  );
}

/**
 * The top bar's breadcrumbs. A detail page adds what its path names (a username) with
 * `useBreadcrumbTail(() => [user.username])`.
 */
import { A, useLocation } from "@solidjs/router";
import { createContext, createEffect, For, onCleanup, Show, useContext } from "solid-js";
import { breadcrumbsFor } from "../../lib/breadcrumbs";

/** Provided by the shell: sets the labels after the menu entry. */
export const BreadcrumbTailContext = createContext<(labels: string[]) => void>();

export function useBreadcrumbTail(labels: () => string[]): void {
  const setTail = useContext(BreadcrumbTailContext);
  if (!setTail) throw new Error("useBreadcrumbTail() needs the console shell above it.");
  createEffect(() => setTail(labels()));
  onCleanup(() => setTail([]));
}

export function Breadcrumbs(props: { tail: string[] }) {
  const location = useLocation();
  const crumbs = () => breadcrumbsFor(location.pathname, props.tail);
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <For each={crumbs()}>
          {(crumb, index) => (
            <li>
              <Show when={crumb.href} fallback={<span aria-current={index() === crumbs().length - 1 ? "page" : undefined}>{crumb.label}</span>}>
                {(href) => <A href={href()}>{crumb.label}</A>}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}

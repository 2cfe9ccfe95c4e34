/**
 * The signed-in console: impersonation banner, side navigation, top bar, and the page. Also the
 * console-wide `/` shortcut that focuses the page's search field.
 */
import { useLocation } from "@solidjs/router";
import { createEffect, createSignal, on, onCleanup, onMount, Show, Suspense, type JSX } from "solid-js";
import { isSearchShortcut, pageSearchAttribute } from "../../lib/keyboard";
import { missingRequirement, navigationFor } from "../../lib/navigation";
import { useSignedIn } from "../../lib/session";
import { BreadcrumbTailContext } from "./breadcrumbs";
import { ImpersonationBanner } from "./impersonation-banner";
import { NotAllowed } from "./not-allowed";
import { PageLoading } from "./page-loading";
import { SideNav } from "./side-nav";
import { TopBar } from "./top-bar";
import { useStopImpersonation } from "./use-stop-impersonation";
import "./shell.css";

export function AppShell(props: { children?: JSX.Element }) {
  const me = useSignedIn();
  const location = useLocation();
  const stopImpersonation = useStopImpersonation();
  const [navOpen, setNavOpen] = createSignal(false);
  const [tail, setTail] = createSignal<string[]>([]);
  let content: HTMLElement | undefined;

  createEffect(on(() => location.pathname, () => setNavOpen(false), { defer: true }));

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!isSearchShortcut(event, target)) return;
    const search = document.querySelector<HTMLElement>(`[${pageSearchAttribute}]`);
    if (!search) return;
    event.preventDefault();
    search.focus();
  };
  onMount(() => document.addEventListener("keydown", onKeyDown));
  onCleanup(() => document.removeEventListener("keydown", onKeyDown));

  return (
    <div class={me().original ? "shell shell-impersonating" : "shell"}>
      <a class="skip-link" href="#content" onClick={(event) => (event.preventDefault(), content?.focus())}>
        Skip to content
      </a>
      <Show when={me().original}>
        <ImpersonationBanner username={me().user.username} reason={me().impersonationReason} onStop={stopImpersonation()} />
      </Show>
      <div class="shell-frame">
        <SideNav groups={navigationFor(me())} open={navOpen()} onNavigate={() => setNavOpen(false)} />
        <div class="shell-main">
          <TopBar me={me()} breadcrumbTail={tail()} navOpen={navOpen()} onToggleNav={() => setNavOpen((open) => !open)} />
          <main class="shell-content" id="content" tabIndex={-1} ref={(element) => (content = element)}>
            <BreadcrumbTailContext.Provider value={setTail}>
              <Show when={missingRequirement(me(), location.pathname)} fallback={<Suspense fallback={<PageLoading />}>{props.children}</Suspense>}>
                {(requirement) => <NotAllowed requirement={requirement()} />}
              </Show>
            </BreadcrumbTailContext.Provider>
          </main>
        </div>
      </div>
    </div>
  );
}

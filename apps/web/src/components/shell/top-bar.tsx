/** The bar above each page: the menu toggle (narrow screens), breadcrumbs, notifications, user menu. */
import type { Me } from "../../lib/api-types";
import { MenuIcon } from "../../ui/icons";
import { Breadcrumbs } from "./breadcrumbs";
import { NotificationBell } from "./notification-bell";
import { UserMenu } from "./user-menu";

export function TopBar(props: { me: Me; breadcrumbTail: string[]; navOpen: boolean; onToggleNav: () => void }) {
  return (
    <header class="top-bar">
      <button type="button" class="icon-button top-bar-menu-toggle" aria-label="Navigation menu" aria-expanded={props.navOpen} onClick={() => props.onToggleNav()}>
        <MenuIcon />
      </button>
      <Breadcrumbs tail={props.breadcrumbTail} />
      <span class="spacer" />
      <NotificationBell />
      <UserMenu me={props.me} />
    </header>
  );
}

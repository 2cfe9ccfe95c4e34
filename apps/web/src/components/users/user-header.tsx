/** The user page's header: username, display name, state badges, then the actions. */
import type { TUser } from "@roster/core";
import { createEffect, Show, type JSX } from "solid-js";
import { userTypeLabel } from "../../lib/user-labels";
import { Badge } from "../../ui/badge";
import "../../ui/page-header.css";

export function UserHeader(props: { user: TUser; actions: JSX.Element }) {
  createEffect(() => {
    document.title = `${props.user.username} · Users · Roster`;
  });
  return (
    <header class="page-header">
      <div class="directory-header-title">
        <h1>{props.user.username}</h1>
        {props.user.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Inactive</Badge>}
        <Show when={props.user.isSuperuser}>
          <Badge tone="warning" title="Member of a super-user group: has every permission">
            Super-user
          </Badge>
        </Show>
        <Badge title="User type">{userTypeLabel(props.user.type)}</Badge>
      </div>
      <p class="page-header-description">{props.user.name || <span class="muted">No display name</span>}</p>
      <div class="page-header-toolbar">{props.actions}</div>
    </header>
  );
}

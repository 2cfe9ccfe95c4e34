/**
 * A Users list row, opened: the user's key facts and the quick actions authentik's list offers
 * there (Edit, Reset password, Create recovery link, Impersonate, Activate/Deactivate) — those the
 * signed-in admin may take on this user. After an action the list reloads, so the row shows it.
 */
import type { TUser } from "@roster/core";
import { Index, Show, type JSX } from "solid-js";
import type { UserPageAction } from "../../lib/user-actions";
import { userTypeLabel } from "../../lib/user-labels";
import { Badge } from "../../ui/badge";
import { RelativeTime } from "../../ui/relative-time";
import { UserActionButton } from "./user-action-button";
import { useUserActions } from "./use-user-actions";

const quickActions: readonly UserPageAction[] = ["edit", "resetPassword", "recoveryLink", "impersonate", "setActive"];

export function UserRowDetails(props: { user: TUser; onChanged: (user?: TUser) => void }) {
  const actions = useUserActions({ user: () => props.user, onChanged: (user) => props.onChanged(user), onDeleted: () => props.onChanged() });
  const dash = <span class="muted">—</span>;
  const fact = (term: string, value: JSX.Element) => (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div class="user-row-details">
      <dl class="user-row-facts">
        {fact("Name", props.user.name || dash)}
        {fact("Email", props.user.email ? <a href={`mailto:${props.user.email}`}>{props.user.email}</a> : dash)}
        {fact("Path", <code>{props.user.path}</code>)}
        {fact("Type", userTypeLabel(props.user.type))}
        {fact("Active", props.user.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Inactive</Badge>)}
        {fact("Last login", <RelativeTime value={props.user.lastLogin} />)}
        {fact("Date joined", <RelativeTime value={props.user.dateJoined} />)}
        <Show when={props.user.isSuperuser}>{fact("Super-user", <Badge tone="warning">Yes, through a group</Badge>)}</Show>
      </dl>
      <Show when={actions.controls(quickActions).length > 0}>
        <div class="user-row-actions" role="group" aria-label={`Actions on ${props.user.username}`}>
          <Index each={actions.controls(quickActions)}>{(control) => <UserActionButton control={control()} variant="secondary" size="small" />}</Index>
        </div>
      </Show>
      <actions.Dialogs />
    </div>
  );
}

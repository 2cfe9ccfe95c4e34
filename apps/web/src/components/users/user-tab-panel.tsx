/**
 * The user page's open tab. Each tab loads from `source` (the user's id and the page's refresh
 * count), so the page's actions reload the open tab: Deactivate empties Sessions, a password
 * reset adds to User events. A new user object with the same id (an edit) reloads nothing.
 */
import type { TUser } from "@roster/core";
import { createMemo, Match, Switch } from "solid-js";
import type { UserTabId, UserTabSource } from "../../lib/user-detail-tabs";
import { UserApplicationsTab } from "./user-applications-tab";
import { UserAuthenticatorsTab } from "./user-authenticators-tab";
import { UserConsentsTab } from "./user-consents-tab";
import { UserEventsTab } from "./user-events-tab";
import { UserGroupsTab } from "./user-groups-tab";
import { UserOverview } from "./user-overview";
import { UserRefreshTokensTab } from "./user-refresh-tokens-tab";
import { UserRolesTab } from "./user-roles-tab";
import { UserSessionsTab } from "./user-sessions-tab";

export function UserTabPanel(props: { user: TUser; tab: UserTabId; version: number; onChanged: () => void }) {
  const source = createMemo((): UserTabSource => ({ userId: props.user.id, version: props.version }), undefined, {
    equals: (before, after) => before.userId === after.userId && before.version === after.version,
  });
  return (
    <Switch>
      <Match when={props.tab === "overview"}>
        <UserOverview user={props.user} />
      </Match>
      <Match when={props.tab === "sessions"}>
        <UserSessionsTab user={props.user} source={source()} />
      </Match>
      <Match when={props.tab === "groups"}>
        <UserGroupsTab user={props.user} source={source()} onChanged={() => props.onChanged()} />
      </Match>
      <Match when={props.tab === "roles"}>
        <UserRolesTab user={props.user} source={source()} />
      </Match>
      <Match when={props.tab === "events"}>
        <UserEventsTab user={props.user} source={source()} />
      </Match>
      <Match when={props.tab === "consents"}>
        <UserConsentsTab user={props.user} source={source()} />
      </Match>
      <Match when={props.tab === "refresh-tokens"}>
        <UserRefreshTokensTab user={props.user} source={source()} />
      </Match>
      <Match when={props.tab === "authenticators"}>
        <UserAuthenticatorsTab user={props.user} source={source()} />
      </Match>
      <Match when={props.tab === "applications"}>
        <UserApplicationsTab user={props.user} source={source()} />
      </Match>
    </Switch>
  );
}

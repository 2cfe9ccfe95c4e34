/** Directory › Users › alice: the header with actions, and the tabs (the chosen one is `?tab=`). */
import { useParams, useSearchParams } from "@solidjs/router";
import { Match, Show, Switch } from "solid-js";
import { useBreadcrumbTail } from "../../../components/shell/breadcrumbs";
import { PageLoading } from "../../../components/shell/page-loading";
import { useApiQuery } from "../../../lib/api-query";
import { UserActions } from "../../../components/users/user-actions";
import { UserApplicationsTab } from "../../../components/users/user-applications-tab";
import { UserAuthenticatorsTab } from "../../../components/users/user-authenticators-tab";
import { UserConsentsTab } from "../../../components/users/user-consents-tab";
import { UserRefreshTokensTab } from "../../../components/users/user-refresh-tokens-tab";
import { UserEventsTab } from "../../../components/users/user-events-tab";
import { UserGroupsTab } from "../../../components/users/user-groups-tab";
import { UserHeader } from "../../../components/users/user-header";
import { UserOverview } from "../../../components/users/user-overview";
import { UserRolesTab } from "../../../components/users/user-roles-tab";
import { UserSessionsTab } from "../../../components/users/user-sessions-tab";
import { LoadFailure } from "../../../components/shell/load-failure";
import { trpc } from "../../../lib/trpc";
import { readUserTab, userTabParam, userTabs } from "../../../lib/user-detail-tabs";
import { Tabs } from "../../../ui/tabs";
import "../../../styles/directory.css";
import "../../../components/users/users.css";

export default function UserDetailPage() {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const user = useApiQuery(() => params.id, (id) => trpc.users.get.query({ id }));
  const current = () => {
    const loaded = user.data();
    return loaded && loaded.id === params.id ? loaded : undefined;
  };
  const tab = () => readUserTab(search.tab);
  useBreadcrumbTail(() => (current() ? [current()?.username ?? ""] : []));

  return (
    <Show
      when={current()}
      fallback={
        <Show when={user.error()} fallback={<PageLoading />}>
          {(error) => <LoadFailure error={error()} noun="user" />}
        </Show>
      }
    >
      {(loaded) => (
        <>
          <UserHeader user={loaded()} actions={<UserActions user={loaded()} onChanged={(saved) => (saved ? user.mutate(saved) : void user.refetch())} />} />
          <Tabs label={`User ${loaded().username}`} tabs={[...userTabs]} value={tab()} onChange={(id) => setSearch({ tab: userTabParam(readUserTab(id)) })}>
            <Switch>
              <Match when={tab() === "overview"}>
                <UserOverview user={loaded()} />
              </Match>
              <Match when={tab() === "sessions"}>
                <UserSessionsTab user={loaded()} />
              </Match>
              <Match when={tab() === "groups"}>
                <UserGroupsTab user={loaded()} onChanged={() => void user.refetch()} />
              </Match>
              <Match when={tab() === "roles"}>
                <UserRolesTab user={loaded()} />
              </Match>
              <Match when={tab() === "events"}>
                <UserEventsTab user={loaded()} />
              </Match>
              <Match when={tab() === "consents"}>
                <UserConsentsTab user={loaded()} />
              </Match>
              <Match when={tab() === "refresh-tokens"}>
                <UserRefreshTokensTab user={loaded()} />
              </Match>
              <Match when={tab() === "authenticators"}>
                <UserAuthenticatorsTab user={loaded()} />
              </Match>
              <Match when={tab() === "applications"}>
                <UserApplicationsTab user={loaded()} />
              </Match>
            </Switch>
          </Tabs>
        </>
      )}
    </Show>
  );
}

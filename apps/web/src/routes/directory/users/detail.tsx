/**
 * Directory › Users › alice: the header with actions, and the tabs this admin may open (the
 * chosen one is `?tab=`). After an action the user and the open tab are read again.
 */
import type { TUser } from "@roster/core";
import { useParams, useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, Show } from "solid-js";
import { useBreadcrumbTail } from "../../../components/shell/breadcrumbs";
import { LoadFailure } from "../../../components/shell/load-failure";
import { PageLoading } from "../../../components/shell/page-loading";
import { UserActions } from "../../../components/users/user-actions";
import { UserHeader } from "../../../components/users/user-header";
import { UserTabPanel } from "../../../components/users/user-tab-panel";
import { useApiQuery } from "../../../lib/api-query";
import { useSignedIn } from "../../../lib/session";
import { trpc } from "../../../lib/trpc";
import { readUserTab, userTabParam, userTabsFor } from "../../../lib/user-detail-tabs";
import { Tabs } from "../../../ui/tabs";
import "../../../styles/directory.css";
import "../../../components/users/users.css";

export default function UserDetailPage() {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const me = useSignedIn();
  const user = useApiQuery(() => params.id, (id) => trpc.users.get.query({ id }));
  const [version, setVersion] = createSignal(0);
  const current = () => {
    const loaded = user.data();
    return loaded && loaded.id === params.id ? loaded : undefined;
  };
  const tabs = createMemo(() => userTabsFor(me()));
  const tab = () => readUserTab(search.tab, tabs());
  const changed = (saved?: TUser) => {
    if (saved) user.mutate(saved);
    else void user.refetch();
    setVersion((count) => count + 1);
  };
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
          <UserHeader user={loaded()} actions={<UserActions user={loaded()} onChanged={changed} />} />
          <Tabs label={`User ${loaded().username}`} tabs={tabs()} value={tab()} onChange={(id) => setSearch({ tab: userTabParam(readUserTab(id, tabs())) })}>
            <UserTabPanel user={loaded()} tab={tab()} version={version()} onChanged={() => changed()} />
          </Tabs>
        </>
      )}
    </Show>
  );
}

/** My applications: what the signed-in person may launch, as cards grouped by their group label. */
import { createMemo, For, Match, Show, Switch } from "solid-js";
import { ApplicationCard } from "../../../components/me/application-card";
import { PageLoading } from "../../../components/shell/page-loading";
import { useApiQuery } from "../../../lib/api-query";
import { createDebouncedText } from "../../../lib/debounced-text";
import { pageSearchAttribute } from "../../../lib/keyboard";
import { groupApplications } from "../../../lib/my-applications";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { EmptyState } from "../../../ui/empty-state";
import { PageHeader } from "../../../ui/page-header";
import { TextField } from "../../../ui/text-field";
import "../../../components/me/me.css";

export default function MyApplicationsPage() {
  const search = createDebouncedText(100);
  const applications = useApiQuery(() => true, () => trpc.applications.mine.query());
  const groups = createMemo(() => groupApplications(applications.data()?.items ?? [], search.settled()));
  const total = () => applications.data()?.items.length ?? 0;

  return (
    <>
      <PageHeader {...pageInfo("/me/applications")} />
      <Switch fallback={<PageLoading />}>
        <Match when={applications.error()}>{(error) => <EmptyState framed title="Your applications could not be loaded" description={error().message} />}</Match>
        <Match when={applications.data() && total() === 0}>
          <EmptyState framed title="No applications yet" description="Applications you may open appear here once an administrator sets them up." />
        </Match>
        <Match when={applications.data()}>
          <div class="my-apps-toolbar">
            <TextField label="Search applications" type="search" placeholder="Name or description…" value={search.text()} onValue={search.setText} {...{ [pageSearchAttribute]: "" }} />
          </div>
          <Show when={groups().length > 0} fallback={<EmptyState framed title="No applications match" description="Try another name." />}>
            <For each={groups()}>
              {(group) => (
                <section class="app-group" aria-label={group.label || "Other"}>
                  <Show when={group.label || groups().length > 1}>
                    <h2>{group.label || "Other"}</h2>
                  </Show>
                  <ul class="app-grid">
                    <For each={group.items}>
                      {(application) => (
                        <li>
                          <ApplicationCard application={application} />
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              )}
            </For>
          </Show>
        </Match>
      </Switch>
    </>
  );
}

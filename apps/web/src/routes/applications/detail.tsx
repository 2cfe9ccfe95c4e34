/** An application's page (`/applications/:id`): header with its icon, Edit and Delete, tabs Overview, Provider, Bindings, Check access. */
import { useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, Match, Switch } from "solid-js";
import { ApplicationFormDialog } from "../../components/applications/application-form-dialog";
import { ApplicationIcon } from "../../components/applications/application-icon";
import { ApplicationOverview } from "../../components/applications/application-overview";
import { BindingsTab } from "../../components/applications/bindings-tab";
import { CheckAccessTab } from "../../components/applications/check-access-tab";
import { DeleteApplicationsButton } from "../../components/applications/delete-applications";
import { ProviderTab } from "../../components/applications/provider-tab";
import { PageLoading } from "../../components/shell/page-loading";
import { useBreadcrumbTail } from "../../components/shell/breadcrumbs";
import { useApiQuery } from "../../lib/api-query";
import { applicationTabs, readTab, tabParam } from "../../lib/detail-tabs";
import { LoadFailure } from "../../components/shell/load-failure";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { PageHeader } from "../../ui/page-header";
import { Tabs } from "../../ui/tabs";
import "../../styles/directory.css";
import "../../components/applications/applications.css";

export default function ApplicationPage() {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const application = useApiQuery(() => params.id, (id) => trpc.applications.get.query({ id }));
  const current = () => {
    const loaded = application.data();
    return loaded && loaded.id === params.id ? loaded : undefined;
  };
  const [editing, setEditing] = createSignal(false);
  const tab = () => readTab(applicationTabs, search.tab);
  useBreadcrumbTail(() => (current() ? [current()?.name ?? ""] : []));

  return (
    <Switch fallback={<PageLoading />}>
      <Match when={application.error()}>{(error) => <LoadFailure error={error()} noun="application" />}</Match>
      <Match when={current()}>
        {(loaded) => (
          <>
            <PageHeader
              title={loaded().name}
              description={loaded().metaDescription || `Slug ${loaded().slug}`}
              icon={<ApplicationIcon name={loaded().name} url={loaded().icon?.url} size="large" />}
              toolbar={
                <>
                  <Button onClick={() => setEditing(true)}>Edit</Button>
                  <DeleteApplicationsButton label="Delete" applications={[loaded()]} onDeleted={() => navigate("/applications")} />
                </>
              }
            />
            <Tabs label="Application" tabs={[...applicationTabs]} value={tab()} onChange={(id) => setSearch({ tab: tabParam(applicationTabs, id) })}>
              <Switch>
                <Match when={tab() === "overview"}>
                  <ApplicationOverview application={loaded()} />
                </Match>
                <Match when={tab() === "provider"}>
                  <ProviderTab application={loaded()} onEdit={() => setEditing(true)} />
                </Match>
                <Match when={tab() === "bindings"}>
                  <BindingsTab application={loaded()} onChanged={() => void application.refetch()} />
                </Match>
                <Match when={tab() === "check-access"}>
                  <CheckAccessTab application={loaded()} />
                </Match>
              </Switch>
            </Tabs>
            <ApplicationFormDialog mode={editing() ? { kind: "edit", application: loaded() } : null} onClose={() => setEditing(false)} onSaved={(next) => application.mutate(next)} />
          </>
        )}
      </Match>
    </Switch>
  );
}

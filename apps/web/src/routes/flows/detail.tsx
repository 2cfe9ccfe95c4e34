/** A flow's page (`/flows/:id`): its details, its stages in order (edit and Save), Export, Delete. */
import { A, useNavigate, useParams } from "@solidjs/router";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { ExportFlowDialog } from "../../components/flows/export-flow-dialog";
import { FlowStagesEditor } from "../../components/flows/flow-stages-editor";
import { useBreadcrumbTail } from "../../components/shell/breadcrumbs";
import { useApiQuery } from "../../lib/api-query";
import { deletedToast } from "../../lib/directory-texts";
import { designationLabel } from "../../lib/flow-labels";
import { deleteFlowsConfirmation } from "../../lib/flow-texts";
import { LoadFailure } from "../../components/shell/load-failure";
import { trpc } from "../../lib/trpc";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { PageHeader } from "../../ui/page-header";
import { useToast } from "../../ui/toast";
import "../../styles/directory.css";
import "../../components/flows/flows.css";

export default function FlowPage() {
  const params = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const flow = useApiQuery(() => params.id, (id) => trpc.flows.get.query({ id }));
  const [dialog, setDialog] = createSignal<"export" | "delete" | null>(null);
  useBreadcrumbTail(() => (flow.data() ? [flow.data()?.slug ?? ""] : []));

  return (
    <Switch>
      <Match when={flow.error()}>{(error) => <LoadFailure error={error()} noun="flow" />}</Match>
      <Match when={flow.data()}>
        {(current) => {
          const confirmation = () => deleteFlowsConfirmation([current()]);
          return (
            <>
              <PageHeader
                title={current().name}
                description={current().title ? `Shown to people as "${current().title}".` : "A flow runs its stages in order."}
                toolbar={
                  <>
                    <Badge tone="info">{designationLabel(current().designation)}</Badge>
                    <Button onClick={() => setDialog("export")}>Export</Button>
                    <Button variant="danger" onClick={() => setDialog("delete")}>
                      Delete
                    </Button>
                  </>
                }
              />
              <dl class="directory-details">
                <dt>Slug</dt>
                <dd>
                  <code>{current().slug}</code>
                </dd>
                <dt>Address</dt>
                <dd>
                  <a href={`/flow/${current().slug}`} target="_blank" rel="noopener noreferrer">
                    /flow/{current().slug}
                  </a>
                </dd>
                <dt>Used by</dt>
                <dd>
                  <Show when={current().brands.length > 0} fallback={<span class="muted">No brand uses this flow.</span>}>
                    <ul class="inline-list">
                      <For each={current().brands}>{(brand) => <li><A href="/system/brands">{brand.domain}</A></li>}</For>
                    </ul>
                  </Show>
                </dd>
              </dl>
              <FlowStagesEditor flow={current()} onSaved={(next) => flow.mutate(next)} />
              <ExportFlowDialog open={dialog() === "export"} flowId={current().id} slug={current().slug} onClose={() => setDialog(null)} />
              <ConfirmDialog
                open={dialog() === "delete"}
                onClose={() => setDialog(null)}
                title={confirmation().title}
                consequence={confirmation().consequence}
                confirmLabel={confirmation().confirmLabel}
                onConfirm={async () => {
                  const result = await trpc.flows.delete.mutate({ ids: [current().id] });
                  toast.success(deletedToast("flow", [current().slug], result.deleted));
                  navigate("/flows");
                }}
              />
            </>
          );
        }}
      </Match>
    </Switch>
  );
}

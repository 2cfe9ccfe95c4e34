/** System › Brands: each domain's title and default flows; Create, Edit (click the domain) and Delete. */
import type { TBrand } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { BrandFormDialog, type BrandFormMode } from "../../../components/brands/brand-form-dialog";
import { BrandsTable } from "../../../components/brands/brands-table";
import { usePagedList } from "../../../lib/api-query";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { useCan } from "../../../lib/use-can";
import { Button } from "../../../ui/button";
import { ConfirmDialog } from "../../../ui/confirm-dialog";
import { PageHeader } from "../../../ui/page-header";
import { useToast } from "../../../ui/toast";
import "../../../styles/directory.css";

export default function BrandsPage() {
  const can = useCan();
  const toast = useToast();
  const list = usePagedList(() => true, (_, cursor) => trpc.brands.list.query(cursor ? { cursor } : {}));
  const [form, setForm] = createSignal<BrandFormMode | null>(null);
  const [deleting, setDeleting] = createSignal<TBrand | null>(null);
  return (
    <>
      <PageHeader {...pageInfo("/system/brands")} />
      <div class="directory-toolbar">
        <Show when={can("add_brand")}>
          <Button variant="primary" onClick={() => setForm({ kind: "create" })}>
            Create
          </Button>
        </Show>
      </div>
      <Show when={list.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <BrandsTable list={list} onEdit={(brand) => setForm({ kind: "edit", brand })} onDelete={setDeleting} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <BrandFormDialog mode={form()} onClose={() => setForm(null)} onSaved={() => void list.refresh()} />
      <ConfirmDialog
        open={deleting() !== null}
        onClose={() => setDeleting(null)}
        title="Delete brand"
        consequence={`Delete the brand ${deleting()?.domain ?? ""}? Requests for this domain will be served by the default brand, with its title and flows. This cannot be undone.`}
        confirmLabel="Delete"
        onConfirm={async () => {
          const brand = deleting();
          if (!brand) return;
          await trpc.brands.delete.mutate({ ids: [brand.id] });
          toast.success(`Brand ${brand.domain} deleted`);
          await list.refresh();
        }}
      />
    </>
  );
}

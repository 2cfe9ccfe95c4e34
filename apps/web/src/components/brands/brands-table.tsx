/** The Brands list: domain, default badge, title, its three flows, Edit and Delete. */
import { A } from "@solidjs/router";
import type { TBrand } from "@roster/core";
import { Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { brandFlowFieldNames, brandFlowLabels } from "../../lib/brand-form";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import "./brands.css";

export function BrandsTable(props: { list: PagedList<TBrand>; onEdit: (brand: TBrand) => void; onDelete: (brand: TBrand) => void }) {
  const columns: Column<TBrand>[] = [
    {
      key: "domain",
      header: "Domain",
      cell: (brand) => (
        <span class="row">
          <button type="button" class="brand-domain" onClick={() => props.onEdit(brand)}>
            {brand.domain}
          </button>
          <Show when={brand.default}>
            <Badge tone="info">Default</Badge>
          </Show>
        </span>
      ),
    },
    { key: "title", header: "Title", cell: (brand) => brand.title || <span class="muted">—</span> },
    ...brandFlowFieldNames.map(
      (field): Column<TBrand> => ({
        key: field,
        header: brandFlowLabels[field].label,
        cell: (brand) => (
          <Show when={brand[field]} fallback={<span class="muted">—</span>}>
            {(flow) => <A href={`/flows/${flow().id}`}>{flow().slug}</A>}
          </Show>
        ),
      }),
    ),
    {
      key: "actions",
      header: "",
      width: "132px",
      cell: (brand) => (
        <span class="row">
          <Button variant="ghost" size="small" aria-label={`Edit ${brand.domain}`} onClick={() => props.onEdit(brand)}>
            Edit
          </Button>
          <Show when={!brand.default}>
            <Button variant="ghost" size="small" aria-label={`Delete ${brand.domain}`} onClick={() => props.onDelete(brand)}>
              Delete
            </Button>
          </Show>
        </span>
      ),
    },
  ];
  return (
    <div class="brands-list">
      <Table
        label="Brands"
        columns={columns}
        rows={props.list.rows()}
        rowKey={(brand) => brand.id}
        loading={props.list.loading()}
        hasMore={props.list.hasMore()}
        loadingMore={props.list.loadingMore()}
        onLoadMore={() => void props.list.loadMore()}
        empty={<EmptyState title="No brands" description="Create a brand for each domain Roster serves." />}
      />
    </div>
  );
}

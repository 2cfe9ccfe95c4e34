/** The one "not found" page: unknown addresses, and ids that name nothing (or are not ids at all). */
import { A } from "@solidjs/router";
import { EmptyState } from "../../ui/empty-state";
import { PageHeader } from "../../ui/page-header";

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="There is no page at this address." />
      <EmptyState framed title="Nothing here" description="Check the address, or pick a page from the menu." action={<A href="/">Go to the start page</A>} />
    </>
  );
}

/** ComingSoon: the honest placeholder of a page that is not built yet (no made-up data). */
import { EmptyState } from "./empty-state";
import { ToolIcon } from "./icons";
import { PageHeader } from "./page-header";

export function ComingSoon(props: { title: string; description?: string }) {
  return (
    <>
      <PageHeader title={props.title} description={props.description} />
      <EmptyState framed icon={<ToolIcon />} title="This page is not built yet" description={`${props.title} will be managed here in a later version of Roster.`} />
    </>
  );
}

/**
 * A user tab whose API is not built yet. It shows what the kit's ComingSoon shows, without
 * ComingSoon's page header (a second h1 that would also rename the browser tab).
 */
import { EmptyState } from "../../ui/empty-state";
import { ToolIcon } from "../../ui/icons";

export function ComingSoonTab(props: { title: string }) {
  return <EmptyState framed icon={<ToolIcon />} title="This tab is not built yet" description={`${props.title} will be managed here in a later version of Roster.`} />;
}

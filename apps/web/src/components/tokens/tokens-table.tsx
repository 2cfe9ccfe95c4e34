/**
 * The Tokens list: identifier, owner, intent, expiry, last use and description. The short columns
 * are narrow so that identifiers and usernames keep the room (whole on hover when clipped).
 */
import { A } from "@solidjs/router";
import type { TToken } from "@roster/core";
import type { PagedList } from "../../lib/api-query";
import { intentLabel } from "../../lib/token-form";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";
import { textOrMissing } from "../missing-value";

const columns: Column<TToken>[] = [
  { key: "identifier", header: "Identifier", cell: (token) => <code title={token.identifier}>{token.identifier}</code> },
  { key: "user", header: "User", cell: (token) => <A href={`/directory/users/${token.user.id}`} title={token.user.username}>{token.user.username}</A> },
  { key: "intent", header: "Intent", width: "90px", cell: (token) => <Badge tone={token.intent === "api" ? "info" : "neutral"}>{intentLabel(token.intent)}</Badge> },
  { key: "expires", header: "Expires", width: "100px", cell: (token) => (token.expiring ? <RelativeTime value={token.expires} /> : <span class="muted">never</span>) },
  { key: "last_used", header: "Last used", width: "100px", cell: (token) => <RelativeTime value={token.lastUsed} /> },
  { key: "description", header: "Description", cell: (token) => textOrMissing(token.description) },
];

export function TokensTable(props: { list: PagedList<TToken>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void }) {
  return (
    <PagedTable
      label="Tokens"
      columns={columns}
      list={props.list}
      showCount
      rowKey={(token) => token.id}
      rowLabel={(token) => `Select ${token.identifier}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title="No tokens yet" description="Create a token for a script, or a service account for another system." />}
    />
  );
}

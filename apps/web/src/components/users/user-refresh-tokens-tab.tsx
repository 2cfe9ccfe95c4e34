/** OAuth Refresh Tokens tab: the tokens applications hold to renew the user's access; a deleted one fails at its next use. */
import { A } from "@solidjs/router";
import type { TUser, TUserRefreshToken } from "@roster/core";
import { Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { describeScopes, refreshTokensConfirmation } from "../../lib/oauth-texts";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { mayTakeUserTabAction } from "../../lib/user-tab-actions";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import type { Column } from "../../ui/table";
import { DeletableRecords } from "./deletable-records";
import type { UserTabSource } from "../../lib/user-detail-tabs";

const columns: Column<TUserRefreshToken>[] = [
  {
    key: "application",
    header: "Application",
    cell: (token) => (
      <Show when={token.application} fallback={<span class="muted">Deleted application</span>}>
        {(application) => <A href={`/applications/${application().id}`}>{application().name}</A>}
      </Show>
    ),
  },
  { key: "scopes", header: "Scopes", cell: (token) => <span title={token.scopes.join(" ")}>{describeScopes(token.scopes)}</span> },
  { key: "issued", header: "Issued", cell: (token) => <RelativeTime value={token.createdAt} /> },
  { key: "expires", header: "Expires", cell: (token) => <RelativeTime value={token.expires} /> },
  { key: "status", header: "Status", cell: (token) => (token.revoked ? <Badge tone="danger">Revoked</Badge> : <Badge tone="success">Active</Badge>) },
];

export function UserRefreshTokensTab(props: { user: TUser; source: UserTabSource }) {
  const list = usePagedList(() => props.source, (source, cursor) => trpc.users.refreshTokens.query({ userId: source.userId, ...(cursor ? { cursor } : {}) }));
  const me = useSignedIn();
  return (
    <DeletableRecords
      label={`Refresh tokens of ${props.user.username}`}
      list={list}
      mayDelete={mayTakeUserTabAction(me(), "deleteRefreshTokens")}
      columns={columns}
      rowLabel={(token) => `Select refresh token of ${token.application?.name ?? "a deleted application"}`}
      intro="A deleted refresh token is refused at its next use: the application must sign the user in again."
      confirmation={(rows) => refreshTokensConfirmation(props.user.username, rows.length)}
      onDelete={async (rows) => `${plural((await trpc.refreshTokens.delete.mutate({ ids: rows.map((row) => row.id) })).deleted, "refresh token")} deleted`}
      empty={<EmptyState title="No refresh tokens" description={`No application holds a refresh token of ${props.user.username}.`} />}
    />
  );
}

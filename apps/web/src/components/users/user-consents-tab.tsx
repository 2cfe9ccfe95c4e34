/** Explicit consent tab: the applications the user gave consent to; a deleted consent is asked again. */
import { A } from "@solidjs/router";
import type { TUser, TUserConsent } from "@roster/core";
import { usePagedList } from "../../lib/api-query";
import { consentsConfirmation, describeScopes } from "../../lib/oauth-texts";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { mayTakeUserTabAction } from "../../lib/user-tab-actions";
import { plural } from "../../lib/user-texts";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import type { Column } from "../../ui/table";
import { DeletableRecords } from "./deletable-records";
import type { UserTabSource } from "../../lib/user-detail-tabs";

export const consentColumns: Column<TUserConsent>[] = [
  { key: "application", header: "Application", cell: (consent) => <A href={`/applications/${consent.application.id}`}>{consent.application.name}</A> },
  { key: "permissions", header: "Permissions", cell: (consent) => <span title={consent.permissions.join(" ")}>{describeScopes(consent.permissions)}</span> },
  { key: "given", header: "Given", cell: (consent) => <RelativeTime value={consent.createdAt} /> },
  { key: "expires", header: "Expires", cell: (consent) => (consent.expires ? <RelativeTime value={consent.expires} /> : <span class="muted">Never</span>) },
];

export function UserConsentsTab(props: { user: TUser; source: UserTabSource }) {
  const list = usePagedList(() => props.source, (source, cursor) => trpc.users.consents.query({ userId: source.userId, ...(cursor ? { cursor } : {}) }));
  const me = useSignedIn();
  return (
    <DeletableRecords
      label={`Consents of ${props.user.username}`}
      list={list}
      mayDelete={mayTakeUserTabAction(me(), "deleteConsents")}
      columns={consentColumns}
      rowLabel={(consent) => `Select consent to ${consent.application.name}`}
      intro="A deleted consent is asked for again at the next sign-in to that application."
      confirmation={(rows) => consentsConfirmation(props.user.username, rows.length)}
      onDelete={async (rows) => `${plural((await trpc.consents.delete.mutate({ ids: rows.map((row) => row.id) })).deleted, "consent")} deleted`}
      empty={<EmptyState title="No consents" description={`${props.user.username} has not given consent to any application.`} />}
    />
  );
}

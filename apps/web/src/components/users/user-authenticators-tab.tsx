/** MFA Authenticators tab: the user's devices; a removed one is no longer asked for at sign-in. */
import type { TAuthenticator, TUser } from "@roster/core";
import { usePagedList } from "../../lib/api-query";
import { authenticatorsConfirmation } from "../../lib/authenticator-texts";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { mayTakeUserTabAction } from "../../lib/user-tab-actions";
import { plural } from "../../lib/user-texts";
import { EmptyState } from "../../ui/empty-state";
import { authenticatorColumns } from "../me/authenticator-columns";
import { DeletableRecords } from "./deletable-records";
import type { UserTabSource } from "../../lib/user-detail-tabs";

export function UserAuthenticatorsTab(props: { user: TUser; source: UserTabSource }) {
  const list = usePagedList(() => props.source, (source, cursor) => trpc.users.authenticators.query({ userId: source.userId, ...(cursor ? { cursor } : {}) }));
  const me = useSignedIn();
  return (
    <DeletableRecords<TAuthenticator>
      label={`MFA authenticators of ${props.user.username}`}
      list={list}
      mayDelete={mayTakeUserTabAction(me(), "deleteAuthenticators")}
      columns={authenticatorColumns}
      rowLabel={(device) => `Select ${device.name}`}
      intro="A removed authenticator is no longer asked for at the user's next sign-in."
      confirmation={(rows) => authenticatorsConfirmation(props.user.username, rows.map((row) => row.name))}
      onDelete={async (rows) => `${plural((await trpc.authenticators.delete.mutate({ ids: rows.map((row) => row.id) })).deleted, "authenticator")} removed`}
      empty={<EmptyState title="No authenticators" description={`${props.user.username} has set up no MFA device.`} />}
    />
  );
}

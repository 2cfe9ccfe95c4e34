/** Settings › Connected applications: where the signed-in person gave consent, and Disconnect. */
import { usePagedList } from "../../lib/api-query";
import { revokeConsentsConfirmation } from "../../lib/oauth-texts";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { EmptyState } from "../../ui/empty-state";
import { consentColumns } from "../users/user-consents-tab";
import { DeletableRecords } from "../users/deletable-records";

export function ConnectedApplications() {
  const list = usePagedList(() => true, (_source, cursor) => trpc.me.consents.query(cursor ? { cursor } : {}));
  return (
    <section class="me-section" aria-labelledby="connected-applications-title">
      <div class="me-section-header">
        <div>
          <h2 id="connected-applications-title">Connected applications</h2>
          <p>Applications you allowed to sign you in with Roster, and what they may read.</p>
        </div>
      </div>
      <DeletableRecords
        label="Your connected applications"
        list={list}
        mayDelete
        columns={consentColumns}
        rowLabel={(consent) => `Select ${consent.application.name}`}
        intro="Disconnecting asks for your consent again at the next sign-in."
        deleteLabel="Disconnect"
        confirmation={(rows) => revokeConsentsConfirmation(rows.map((row) => row.application.name))}
        onDelete={async (rows) => `${plural((await trpc.me.revokeConsents.mutate({ ids: rows.map((row) => row.id) })).deleted, "application")} disconnected`}
        empty={<EmptyState title="No connected applications" description="You have not given consent to any application." />}
      />
    </section>
  );
}

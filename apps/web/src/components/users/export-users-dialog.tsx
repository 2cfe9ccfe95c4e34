/**
 * Export: states the list's current filters for confirmation, lets the admin pick the ordering,
 * and starts the CSV export. The worker builds the file; the bell announces it with Download.
 */
import type { TUserOrdering } from "@roster/core";
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { refreshNotifications } from "../../lib/notification-refresh";
import { trpc } from "../../lib/trpc";
import { defaultUserOrdering, exportFilters, exportRefreshDelaysMs, userExportInput, userOrderingOptions } from "../../lib/user-export";
import { isUserOrdering, type UserListFilters } from "../../lib/user-list-filters";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { Select } from "../../ui/select";

interface ExportUsersDialogProps {
  filters: UserListFilters;
  onClose: () => void;
  onStarted: (exportId: string) => void;
}

export function ExportUsersDialog(props: ExportUsersDialogProps & { open: boolean }) {
  return (
    <Show when={props.open}>
      <ExportUsersForm filters={props.filters} onClose={() => props.onClose()} onStarted={(exportId) => props.onStarted(exportId)} />
    </Show>
  );
}

function ExportUsersForm(props: ExportUsersDialogProps) {
  const { values, set } = createFormState<{ ordering: TUserOrdering }>({ ordering: props.filters.ordering ?? defaultUserOrdering });
  const submission = createFormSubmission({ fields: [] });
  const { busy, error } = submission;
  const shown = () => exportFilters(props.filters);

  const start = () =>
    submission.run(async () => {
      const { exportId } = await trpc.users.export.mutate(userExportInput(props.filters, values.ordering));
      // Small exports finish within seconds: ask the bell early instead of waiting for its poll.
      for (const delay of exportRefreshDelaysMs) setTimeout(refreshNotifications, delay);
      props.onStarted(exportId);
      props.onClose();
    });
  const close = () => !busy() && props.onClose();

  return (
    <Dialog
      open
      onClose={close}
      title="Export users"
      description="Roster writes the users this list shows to a CSV file in the background, and notifies you with a Download link when it is ready."
      footer={
        <>
          <Button onClick={close} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} onClick={() => void start()}>
            Export
          </Button>
        </>
      }
    >
      <div class="stack">
        <dl class="directory-details users-export-filters" aria-label="Export filters">
          <dt>Query</dt>
          <dd>{shown().query ? <code>{shown().query}</code> : "None: all users"}</dd>
          <dt>Folder</dt>
          <dd>
            {shown().folder ? (
              <>
                <code>{shown().folder}</code> <span class="muted">and its subfolders</span>
              </>
            ) : (
              "All folders"
            )}
          </dd>
        </dl>
        <Select label="Ordering" value={values.ordering} options={userOrderingOptions} onValue={(value) => isUserOrdering(value) && set("ordering")(value)} hint="The order of the rows in the file." />
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}

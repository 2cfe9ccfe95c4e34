/**
 * Export: states the list's current filters for confirmation, lets the admin pick the ordering,
 * and starts the CSV export. The worker builds the file; the bell announces it with Download.
 */
import type { TUserOrdering } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { refreshNotifications } from "../../lib/notification-refresh";
import { toClientError, trpc } from "../../lib/trpc";
import { defaultUserOrdering, exportFilters, exportRefreshDelaysMs, userExportInput, userOrderingOptions } from "../../lib/user-export";
import { isUserOrdering, type UserListFilters } from "../../lib/user-list-filters";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { Select } from "../../ui/select";

export function ExportUsersDialog(props: { open: boolean; filters: UserListFilters; onClose: () => void; onStarted: (exportId: string) => void }) {
  const [ordering, setOrdering] = createSignal<TUserOrdering>(defaultUserOrdering);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const shown = () => exportFilters(props.filters);

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!open) return;
        setOrdering(props.filters.ordering ?? defaultUserOrdering);
        setError(null);
      },
    ),
  );

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { exportId } = await trpc.users.export.mutate(userExportInput(props.filters, ordering()));
      // Small exports finish within seconds: ask the bell early instead of waiting for its poll.
      for (const delay of exportRefreshDelaysMs) setTimeout(refreshNotifications, delay);
      props.onStarted(exportId);
      props.onClose();
    } catch (caught) {
      setError(toClientError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const close = () => !busy() && props.onClose();

  return (
    <Dialog
      open={props.open}
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
        <Select label="Ordering" value={ordering()} options={userOrderingOptions} onValue={(value) => isUserOrdering(value) && setOrdering(value)} hint="The order of the rows in the file." />
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}

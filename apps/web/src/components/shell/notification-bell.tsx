/**
 * The notification bell. The API has no notifications yet, so the bell shows no count and its
 * drawer says so plainly.
 */
import { createSignal } from "solid-js";
import { Drawer } from "../../ui/drawer";
import { EmptyState } from "../../ui/empty-state";
import { BellIcon } from "../../ui/icons";

export function NotificationBell() {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" class="icon-button" aria-label="Notifications" onClick={() => setOpen(true)}>
        <BellIcon />
      </button>
      <Drawer open={open()} onClose={() => setOpen(false)} title="Notifications">
        <EmptyState title="Notifications are not built yet" description="Finished exports and other news will appear here in a later version." />
      </Drawer>
    </>
  );
}

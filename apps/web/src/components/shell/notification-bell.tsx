/** The notification bell: the unread count from `notifications.list`, and a drawer with the notifications. */
import { createSignal, Show } from "solid-js";
import { bellLabel, unseenBadge } from "../../lib/notification-texts";
import { Drawer } from "../../ui/drawer";
import { BellIcon } from "../../ui/icons";
import { NotificationList } from "../notifications/notification-list";
import { useNotifications } from "../notifications/use-notifications";
import "../notifications/notifications.css";

export function NotificationBell() {
  const [open, setOpen] = createSignal(false);
  const notifications = useNotifications();
  const show = () => {
    notifications.refresh();
    setOpen(true);
  };
  return (
    <>
      <button type="button" class="icon-button bell" aria-label={bellLabel(notifications.unseen())} onClick={show}>
        <BellIcon />
        <Show when={notifications.unseen() > 0}>
          <span class="bell-count" aria-hidden="true" data-testid="bell-count">
            {unseenBadge(notifications.unseen())}
          </span>
        </Show>
      </button>
      <Drawer open={open()} onClose={() => setOpen(false)} title="Notifications">
        <NotificationList notifications={notifications} onNavigate={() => setOpen(false)} />
      </Drawer>
    </>
  );
}

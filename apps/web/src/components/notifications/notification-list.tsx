/**
 * The bell's drawer content: newest first, each with its severity, text, age, its link (such as
 * "Download" for a finished export) and Delete; "Mark all as seen" on top.
 */
import { A } from "@solidjs/router";
import type { TNotification } from "@roster/core";
import { createSignal, For, Show } from "solid-js";
import { toClientError } from "../../lib/client-error";
import { bodySegments, bodyText, isDownloadHref, severityLabels } from "../../lib/notification-texts";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { CloseIcon } from "../../ui/icons";
import { RelativeTime } from "../../ui/relative-time";
import { useToast } from "../../ui/toast";
import { SeverityIcon } from "./severity-icon";
import type { Notifications } from "./use-notifications";
import "./notifications.css";

export function NotificationList(props: { notifications: Notifications; onNavigate: () => void }) {
  const toast = useToast();
  const [busy, setBusy] = createSignal<string | null>(null);
  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (caught) {
      toast.error(toClientError(caught).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="notifications">
      <div class="notifications-toolbar">
        <span class="muted">{props.notifications.unseen() > 0 ? `${props.notifications.unseen().toLocaleString("en")} unread` : "All caught up"}</span>
        <Button size="small" disabled={props.notifications.unseen() === 0} busy={busy() === "all"} onClick={() => void run("all", () => props.notifications.markSeen())}>
          Mark all as seen
        </Button>
      </div>
      <Show when={props.notifications.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Show when={!props.notifications.loading()} fallback={<p class="muted">Loading…</p>}>
        <ul class="notification-items" aria-label="Notifications">
          <For each={props.notifications.items()} fallback={<li><EmptyState title="No notifications" description="Finished exports and other news will appear here." /></li>}>
            {(item) => <NotificationItem item={item} busy={busy() === item.id} onNavigate={props.onNavigate} onOpen={() => !item.seen && void run(item.id, () => props.notifications.markSeen([item.id]))} onDelete={() => void run(item.id, () => props.notifications.remove([item.id]))} />}
          </For>
        </ul>
      </Show>
      <Show when={props.notifications.hasMore()}>
        <p class="muted notifications-more">Older notifications are not shown; delete some to see them.</p>
      </Show>
    </div>
  );
}

function NotificationItem(props: { item: TNotification; busy: boolean; onOpen: () => void; onDelete: () => void; onNavigate: () => void }) {
  return (
    <li class={`notification notification-${props.item.severity}`} data-seen={props.item.seen ? "true" : undefined}>
      <span class="notification-icon" title={severityLabels[props.item.severity]}>
        <SeverityIcon severity={props.item.severity} />
        <span class="visually-hidden">{severityLabels[props.item.severity]}: </span>
      </span>
      <div class="notification-main">
        <p class="notification-body">
          <For each={bodySegments(props.item.body)}>{(segment) => (segment.code ? <code>{segment.text}</code> : segment.text)}</For>
          <Show when={!props.item.seen}>
            <span class="notification-unread" title="Unread">
              <span class="visually-hidden"> (unread)</span>
            </span>
          </Show>
        </p>
        <div class="notification-meta">
          <RelativeTime value={props.item.createdAt} />
          <Show when={props.item.link}>
            {(link) => (
              <Show
                when={isDownloadHref(link().href)}
                fallback={
                  <A class="button button-secondary button-small" href={link().href} onClick={() => (props.onOpen(), props.onNavigate())}>
                    {link().label}
                  </A>
                }
              >
                <a class="button button-primary button-small" href={link().href} download="" onClick={() => props.onOpen()}>
                  {link().label}
                </a>
              </Show>
            )}
          </Show>
        </div>
      </div>
      <Button variant="ghost" size="small" aria-label={`Delete notification: ${bodyText(props.item.body)}`} busy={props.busy} onClick={() => props.onDelete()}>
        <CloseIcon />
      </Button>
    </li>
  );
}

/** The columns both lists of MFA devices show: the user page's tab and Settings. */
import type { TAuthenticator } from "@roster/core";
import { Show } from "solid-js";
import { authenticatorTypeLabels } from "../../lib/authenticator-texts";
import { Badge } from "../../ui/badge";
import { RelativeTime } from "../../ui/relative-time";
import type { Column } from "../../ui/table";

export const authenticatorColumns: Column<TAuthenticator>[] = [
  { key: "name", header: "Name", cell: (device) => device.name },
  { key: "type", header: "Type", cell: (device) => authenticatorTypeLabels[device.type] },
  { key: "confirmed", header: "Confirmed", cell: (device) => (device.confirmed ? <Badge tone="success">Confirmed</Badge> : <Badge tone="warning">Setup not finished</Badge>) },
  { key: "created", header: "Created", cell: (device) => <RelativeTime value={device.createdAt} /> },
  { key: "last-used", header: "Last used", cell: (device) => <Show when={device.lastUsed} fallback={<span class="muted">Never</span>}>{(used) => <RelativeTime value={used()} />}</Show> },
];

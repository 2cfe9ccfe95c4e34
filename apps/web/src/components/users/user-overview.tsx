/** Overview tab: every field of the user, dates relative (exact on hover), attributes as YAML. */
import type { TUser } from "@roster/core";
import { lazy, Show } from "solid-js";
import { formatAttributes } from "../../lib/attributes-yaml";
import { hasPermission } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { userTypeLabel } from "../../lib/user-labels";
import { Badge } from "../../ui/badge";
import { RelativeTime } from "../../ui/relative-time";

// Its own chunk, with the chart library: the rest of the user page does not wait for it.
const UserActivity = lazy(() => import("./user-activity"));

export function UserOverview(props: { user: TUser }) {
  const dash = <span class="muted">—</span>;
  const me = useSignedIn();
  return (
    <div class="overview-grid">
      <section aria-labelledby="user-details-title">
        <h3 id="user-details-title">User details</h3>
        <dl class="directory-details">
          <dt>Username</dt>
          <dd>{props.user.username}</dd>
          <dt>Name</dt>
          <dd>{props.user.name || dash}</dd>
          <dt>Email</dt>
          <dd>{props.user.email ? <a href={`mailto:${props.user.email}`}>{props.user.email}</a> : dash}</dd>
          <dt>Path</dt>
          <dd>
            <code>{props.user.path}</code>
          </dd>
          <dt>Type</dt>
          <dd>{userTypeLabel(props.user.type)}</dd>
          <dt>Active</dt>
          <dd>{props.user.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Inactive</Badge>}</dd>
          <dt>Super-user</dt>
          <dd>{props.user.isSuperuser ? <Badge tone="warning">Yes, through a group</Badge> : "No"}</dd>
          <dt>Last login</dt>
          <dd>
            <RelativeTime value={props.user.lastLogin} />
          </dd>
          <dt>Date joined</dt>
          <dd>
            <RelativeTime value={props.user.dateJoined} />
          </dd>
          <dt>Last updated</dt>
          <dd>
            <RelativeTime value={props.user.lastUpdated} />
          </dd>
          <dt>Password changed</dt>
          <dd>
            <RelativeTime value={props.user.passwordChangeDate} />
          </dd>
          <dt>ID</dt>
          <dd>
            <code>{props.user.id}</code>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="user-attributes-title">
        <h3 id="user-attributes-title">Attributes</h3>
        <pre class="directory-code" data-testid="user-attributes">
          {formatAttributes(props.user.attributes)}
        </pre>
      </section>
      <Show when={hasPermission(me().permissions, "view_event")}>
        <UserActivity user={props.user} />
      </Show>
    </div>
  );
}

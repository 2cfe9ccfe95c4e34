/**
 * Overview tab: every field of the user, dates relative (exact on hover), attributes as YAML, and
 * the activity chart for an admin who may read events (`users.activity`).
 */
import type { TUser } from "@roster/core";
import { lazy, Show } from "solid-js";
import { formatAttributes } from "../../lib/attributes-yaml";
import { useSignedIn } from "../../lib/session";
import { mayTakeUserTabAction } from "../../lib/user-tab-actions";
import { userTypeLabel } from "../../lib/user-labels";
import { Badge } from "../../ui/badge";
import { RelativeTime } from "../../ui/relative-time";
import { orMissing, textOrMissing } from "../missing-value";

// Its own chunk, with the chart library: the rest of the user page does not wait for it.
const UserActivity = lazy(() => import("./user-activity"));

export function UserOverview(props: { user: TUser }) {
  const me = useSignedIn();
  return (
    <div class="overview-grid">
      <section aria-labelledby="user-details-title">
        <h3 id="user-details-title">User details</h3>
        <dl class="directory-details">
          <dt>Username</dt>
          <dd>{props.user.username}</dd>
          <dt>Name</dt>
          <dd>{textOrMissing(props.user.name)}</dd>
          <dt>Email</dt>
          <dd>{orMissing(props.user.email, (email) => <a href={`mailto:${email}`}>{email}</a>)}</dd>
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
        {orMissing(
          props.user.attributes,
          (attributes) => (
            <pre class="directory-code" data-testid="user-attributes">
              {formatAttributes(attributes)}
            </pre>
          ),
          "No attributes",
        )}
      </section>
      <Show when={mayTakeUserTabAction(me(), "viewActivity")}>
        <UserActivity user={props.user} />
      </Show>
    </div>
  );
}

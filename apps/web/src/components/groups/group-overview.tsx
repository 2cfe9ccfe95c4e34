/** The group page's Overview: what the group is, where it sits (its parents and child groups), and its attributes. */
import { A } from "@solidjs/router";
import type { TGroup, TNamedRef } from "@roster/core";
import { For, Show } from "solid-js";
import { formatAttributes } from "../../lib/attributes-yaml";
import { orMissing, textOrMissing } from "../missing-value";
import { GroupChildren } from "./group-children";

function RefList(props: { refs: TNamedRef[]; href: (id: string) => string }) {
  return (
    <Show when={props.refs.length > 0} fallback={<span class="muted">None</span>}>
      <ul class="inline-list">
        <For each={props.refs}>{(ref) => <li><A href={props.href(ref.id)}>{ref.name}</A></li>}</For>
      </ul>
    </Show>
  );
}

export function GroupOverview(props: { group: TGroup }) {
  return (
    <div>
      <section class="directory-section">
        <dl class="directory-details">
          <dt>Name</dt>
          <dd>{textOrMissing(props.group.name)}</dd>
          <dt>Super-user</dt>
          <dd>{props.group.isSuperuser ? "Yes: members hold every permission" : "No"}</dd>
          <dt>Parents</dt>
          <dd>
            <RefList refs={props.group.parents} href={(id) => `/directory/groups/${id}`} />
          </dd>
          <dt>Roles</dt>
          <dd>
            <RefList refs={props.group.roles} href={(id) => `/directory/roles/${id}`} />
          </dd>
          <dt>Direct members</dt>
          <dd>{props.group.memberCount.toLocaleString("en")}</dd>
          <dt>ID</dt>
          <dd>
            <code>{props.group.id}</code>
          </dd>
        </dl>
      </section>
      <GroupChildren group={props.group} />
      <section class="directory-section">
        <h2>Attributes</h2>
        {orMissing(props.group.attributes, (attributes) => <pre class="directory-code">{formatAttributes(attributes)}</pre>, "No attributes")}
      </section>
    </div>
  );
}

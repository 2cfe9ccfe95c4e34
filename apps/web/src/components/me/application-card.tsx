/** A card of My applications: icon, name and description; the whole card is the launch link. */
import type { TMyApplication } from "@roster/core";
import { Show } from "solid-js";
import { launchLinkProps } from "../../lib/my-applications";
import { ApplicationIcon } from "../applications/application-icon";

export function ApplicationCard(props: { application: TMyApplication }) {
  return (
    <a class="app-card" {...launchLinkProps(props.application)} aria-describedby={props.application.metaDescription ? `app-${props.application.id}-description` : undefined}>
      <ApplicationIcon name={props.application.name} url={props.application.icon?.url} size="medium" />
      <span class="app-card-text">
        <span class="app-card-name">
          {props.application.name}
          <Show when={props.application.openInNewTab}>
            <span class="visually-hidden"> (opens in a new tab)</span>
            <span class="app-card-external" aria-hidden="true">↗</span>
          </Show>
        </span>
        <Show when={props.application.metaDescription}>
          <span class="app-card-description" id={`app-${props.application.id}-description`}>
            {props.application.metaDescription}
          </span>
        </Show>
      </span>
    </a>
  );
}

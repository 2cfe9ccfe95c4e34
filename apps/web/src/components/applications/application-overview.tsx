/** The application page's Overview: what it is, where it launches, and how access is decided. */
import type { TApplication } from "@roster/core";
import { Show } from "solid-js";
import { accessSummary, providerLabel } from "../../lib/application-texts";
import { policyEngineModeOptions } from "../../lib/application-form";
import { RelativeTime } from "../../ui/relative-time";

const none = () => <span class="muted">None</span>;

export function ApplicationOverview(props: { application: TApplication }) {
  const mode = () => policyEngineModeOptions.find((option) => option.value === props.application.policyEngineMode)?.label ?? props.application.policyEngineMode;
  return (
    <section class="directory-section">
      <dl class="directory-details">
        <dt>Name</dt>
        <dd>{props.application.name}</dd>
        <dt>Slug</dt>
        <dd>
          <code>{props.application.slug}</code>
        </dd>
        <dt>Icon</dt>
        <dd>
          <Show when={props.application.icon} fallback={none()}>
            {(icon) =>
              icon().type === "upload" ? (
                "An uploaded image"
              ) : (
                <a href={icon().url} target="_blank" rel="noopener noreferrer">
                  {icon().url}
                </a>
              )
            }
          </Show>
        </dd>
        <dt>Launch URL</dt>
        <dd>
          <Show when={props.application.launchUrl} fallback={<span class="muted">None: not shown on My applications</span>}>
            {(url) => (
              <a href={url()} target="_blank" rel="noopener noreferrer">
                {url()}
              </a>
            )}
          </Show>
        </dd>
        <dt>Opens in</dt>
        <dd>{props.application.openInNewTab ? "A new tab" : "The same tab"}</dd>
        <dt>Group</dt>
        <dd>{props.application.group || none()}</dd>
        <dt>Description</dt>
        <dd>{props.application.metaDescription || none()}</dd>
        <dt>Publisher</dt>
        <dd>{props.application.metaPublisher || none()}</dd>
        <dt>Provider</dt>
        <dd>{providerLabel(props.application.provider) ?? none()}</dd>
        <dt>Policy engine mode</dt>
        <dd>{mode()}</dd>
        <dt>Access</dt>
        <dd>{accessSummary(props.application.bindingCount, props.application.policyEngineMode)}</dd>
        <dt>Created</dt>
        <dd>
          <RelativeTime value={props.application.createdAt} />
        </dd>
        <dt>ID</dt>
        <dd>
          <code>{props.application.id}</code>
        </dd>
      </dl>
    </section>
  );
}

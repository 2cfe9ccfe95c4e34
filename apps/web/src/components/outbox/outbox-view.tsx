/** The outbox as a list of messages beside the chosen message: its headers, text and links (new tab). */
import { createMemo, createSignal, For, Show } from "solid-js";
import { linkParts, newestFirst } from "../../lib/outbox";
import type { trpc } from "../../lib/trpc";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import "./outbox.css";

export type OutboxMessage = Awaited<ReturnType<typeof trpc.outbox.list.query>>["items"][number];

export function OutboxView(props: { messages: OutboxMessage[] }) {
  const messages = createMemo(() => newestFirst(props.messages));
  const [chosenId, setChosenId] = createSignal<string | null>(null);
  const chosen = () => messages().find((message) => message.id === chosenId()) ?? null;
  return (
    <Show when={messages().length > 0} fallback={<EmptyState framed title="No messages yet" description="Emails Roster sends (recovery links, notices) are captured here while no SMTP server is configured." />}>
      <div class="outbox">
        <ul class="outbox-list" aria-label="Messages">
          <For each={messages()}>
            {(message) => (
              <li>
                <button type="button" class="outbox-item" aria-current={chosenId() === message.id ? "true" : undefined} onClick={() => setChosenId(message.id)}>
                  <span class="outbox-item-top">
                    <span class="outbox-to">{message.to || "(no recipient)"}</span>
                    <span class="outbox-time">
                      <RelativeTime value={message.date} />
                    </span>
                  </span>
                  <span class="outbox-subject">{message.subject || "(no subject)"}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
        <section class="outbox-message" aria-label="Message">
          <Show when={chosen()} fallback={<p class="muted outbox-hint">Choose a message to read it.</p>}>
            {(message) => <MessageView message={message()} />}
          </Show>
        </section>
      </div>
    </Show>
  );
}

function MessageView(props: { message: OutboxMessage }) {
  return (
    <>
      <h2>{props.message.subject || "(no subject)"}</h2>
      <dl class="outbox-headers">
        <dt>From</dt>
        <dd>{props.message.from}</dd>
        <dt>To</dt>
        <dd>{props.message.to}</dd>
        <dt>Date</dt>
        <dd>
          <RelativeTime value={props.message.date} />
        </dd>
      </dl>
      <pre class="outbox-text">
        <For each={linkParts(props.message.text)}>
          {(part) =>
            part.kind === "link" ? (
              <a href={part.href} target="_blank" rel="noopener noreferrer">
                {part.href}
              </a>
            ) : (
              part.text
            )
          }
        </For>
      </pre>
      <Show when={props.message.links.length > 0}>
        <h3 class="outbox-links-title">Links</h3>
        <ul class="outbox-links">
          <For each={props.message.links}>
            {(link) => (
              <li>
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {link}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}

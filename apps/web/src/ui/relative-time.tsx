/** RelativeTime: "2 h ago", with the exact date and time on hover; "never" (or `fallback`) when empty. */
import { createSignal, Show } from "solid-js";
import { formatExact, formatRelative, toDate } from "../lib/relative-time";

// One clock for every timestamp on the page, so that "just now" ages without a reload.
const [now, setNow] = createSignal(new Date());
let ticking = false;
function startClock(): void {
  if (ticking) return;
  ticking = true;
  setInterval(() => setNow(new Date()), 30_000);
}

export function RelativeTime(props: { value: string | number | Date | null | undefined; fallback?: string }) {
  startClock();
  const date = () => toDate(props.value);
  return (
    <Show when={date()} fallback={<span class="muted">{props.fallback ?? "never"}</span>}>
      {(value) => (
        <time datetime={value().toISOString()} title={formatExact(value())}>
          {formatRelative(value(), now())}
        </time>
      )}
    </Show>
  );
}

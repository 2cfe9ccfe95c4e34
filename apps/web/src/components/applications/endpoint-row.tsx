/** One URL a relying party needs, on one line, with Copy ("Copied" for a moment; where the browser refuses, the text is selected). */
import { createSignal, onCleanup } from "solid-js";
import { copyText } from "../../lib/clipboard";
import { Button } from "../../ui/button";

export function EndpointRow(props: { label: string; value: string }) {
  const [label, setLabel] = createSignal("Copy");
  let code: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const copy = async () => {
    clearTimeout(timer);
    setLabel((await copyText(props.value, code)) === "copied" ? "Copied" : "Press Ctrl+C");
    timer = setTimeout(() => setLabel("Copy"), 2500);
  };
  return (
    <div class="endpoint-row">
      <dt>{props.label}</dt>
      <dd>
        <code ref={(element) => (code = element)}>{props.value}</code>
        <Button size="small" aria-label={`Copy ${props.label}`} onClick={() => void copy()}>
          <span aria-live="polite">{label()}</span>
        </Button>
      </dd>
    </div>
  );
}

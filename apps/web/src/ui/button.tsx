/** Button: primary (one per view), secondary, danger, or ghost (icon buttons); `busy` while waiting. */
import { Show, splitProps, type JSX } from "solid-js";
import "./button.css";

export interface ButtonProps extends JSX.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "primary" | "secondary" | "danger" | "ghost";
  size?: "normal" | "small";
  /** Disables the button and shows a spinner while its action runs. */
  busy?: boolean;
  block?: boolean;
}

export function Button(props: ButtonProps) {
  const [own, rest] = splitProps(props, ["variant", "size", "busy", "block", "class", "children", "disabled", "type"]);
  const classes = () =>
    ["button", `button-${own.variant ?? "secondary"}`, own.size === "small" ? "button-small" : "", own.block ? "button-block" : "", own.class ?? ""].filter(Boolean).join(" ");
  return (
    <button {...rest} type={own.type ?? "button"} class={classes()} disabled={own.disabled || own.busy} aria-busy={own.busy ? "true" : undefined}>
      <Show when={own.busy}>
        <span class="spinner" aria-hidden="true" />
      </Show>
      {own.children}
    </button>
  );
}

/** One of a user's actions as a button: its label, busy while it runs, disabled with the reason on hover. */
import { Button } from "../../ui/button";
import type { UserActionControl } from "./use-user-actions";

export function UserActionButton(props: { control: UserActionControl; variant: "primary" | "secondary" | "danger"; size?: "small" }) {
  return (
    <Button
      variant={props.variant}
      size={props.size}
      busy={props.control.busy}
      disabled={props.control.unavailable !== null}
      title={props.control.unavailable ?? undefined}
      onClick={() => props.control.take()}
    >
      {props.control.label}
    </Button>
  );
}

/** When `auth.me` itself fails (API down): the reason, and a way to try again. */
import { Button } from "../../ui/button";
import { FlowLayout } from "../flow/flow-layout";

export function ConsoleUnavailable(props: { message: string; onRetry: () => void }) {
  return (
    <FlowLayout title="The console could not load">
      <div class="flow-form">
        <div class="alert alert-error" role="alert">
          {props.message}
        </div>
        <Button variant="primary" block onClick={() => props.onRetry()}>
          Try again
        </Button>
      </div>
    </FlowLayout>
  );
}

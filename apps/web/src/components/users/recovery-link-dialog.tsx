/**
 * Create recovery link: the admin picks how long it stays valid, gets a single-use link into the
 * brand's recovery flow, and copies it to send it to the user. A new link replaces the previous one.
 */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { isRecoveryValidity, recoveryLinkInput, recoveryValidityOptions, type RecoveryValidity } from "../../lib/recovery-link";
import { formatExact } from "../../lib/relative-time";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { RelativeTime } from "../../ui/relative-time";
import { Select } from "../../ui/select";
import { CopyField } from "./copy-field";

interface CreatedLink {
  link: string;
  expiresAt: string;
}

interface RecoveryLinkDialogProps {
  user: TUser;
  onClose: () => void;
  /** A link was created (and its event written): the page reloads what shows events. */
  onCreated: () => void;
}

export function RecoveryLinkDialog(props: RecoveryLinkDialogProps & { open: boolean }) {
  return (
    <Show when={props.open}>
      <RecoveryLinkForm user={props.user} onClose={() => props.onClose()} onCreated={() => props.onCreated()} />
    </Show>
  );
}

function RecoveryLinkForm(props: RecoveryLinkDialogProps) {
  const { values, set } = createFormState<{ validity: RecoveryValidity }>({ validity: "default" });
  const [created, setCreated] = createSignal<CreatedLink | null>(null);
  const submission = createFormSubmission({ fields: [] });
  const { busy, error } = submission;

  const create = () =>
    submission.run(async () => {
      setCreated(await trpc.users.createRecoveryLink.mutate(recoveryLinkInput(props.user.id, values.validity)));
      props.onCreated();
    });
  const close = () => !busy() && props.onClose();

  return (
    <Dialog
      open
      onClose={close}
      title={`Recovery link for ${props.user.username}`}
      description={
        created() ? undefined : `A link into the recovery flow where ${props.user.username} sets a new password. Send it to them yourself; creating a new link cancels any earlier one.`
      }
      footer={
        <Show
          when={created()}
          fallback={
            <>
              <Button onClick={close} disabled={busy()}>
                Cancel
              </Button>
              <Button variant="primary" busy={busy()} onClick={() => void create()}>
                Create link
              </Button>
            </>
          }
        >
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        </Show>
      }
    >
      <div class="stack">
        <Show
          when={created()}
          fallback={
            <Select
              label="Valid for"
              value={values.validity}
              options={recoveryValidityOptions}
              onValue={(value) => isRecoveryValidity(value) && set("validity")(value)}
              hint="After this time the link no longer opens the recovery flow."
            />
          }
        >
          {(shown) => (
            <>
              <CopyField label="Recovery link" what="link" value={shown().link} focusCopy />
              <dl class="recovery-link-facts">
                <dt>Expires</dt>
                <dd>
                  <RelativeTime value={shown().expiresAt} /> <span class="muted">({formatExact(new Date(shown().expiresAt))})</span>
                </dd>
                <dt>Use</dt>
                <dd>Works once: after {props.user.username} sets a new password with it, the link stops working.</dd>
              </dl>
              <div class="alert alert-info" role="note">
                Anyone with this link can set {props.user.username}'s password until it is used or expires. Send it only to {props.user.username}, over a channel you trust.
              </div>
            </>
          )}
        </Show>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}

/**
 * The user page's actions: Edit, Activate/Deactivate, Reset password, Create recovery link (shown
 * in a dialog with Copy), Email recovery link, Impersonate and Delete — those the signed-in admin
 * may take on this user (lib/user-actions.ts).
 */
import { useNavigate } from "@solidjs/router";
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { userPageActions, type UserPageAction } from "../../lib/user-actions";
import { bulkUserConfirmation, bulkUserToast } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";
import { EmailRecoveryButton } from "./email-recovery-button";
import { ImpersonateDialog } from "./impersonate-dialog";
import { RecoveryLinkDialog } from "./recovery-link-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { UserFormDialog } from "./user-form-dialog";

type Open = "edit" | "active" | "password" | "recovery-link" | "impersonate" | "delete" | null;

export function UserActions(props: { user: TUser; onChanged: (user?: TUser) => void }) {
  const toast = useToast();
  const navigate = useNavigate();
  const me = useSignedIn();
  const offers = (action: UserPageAction) => userPageActions(me().user, props.user).has(action);
  const [open, setOpen] = createSignal<Open>(null);
  const activeAction = () => (props.user.isActive ? "deactivate" : "activate");
  const activeConfirmation = () => bulkUserConfirmation(activeAction(), [props.user.username]);
  const deleteConfirmation = () => bulkUserConfirmation("delete", [props.user.username]);
  const internal = () => props.user.type === "internal_service_account";

  const setActive = async () => {
    const action = activeAction();
    const { updated } = await trpc.users.setActive.mutate({ ids: [props.user.id], isActive: action === "activate" });
    toast.success(bulkUserToast(action, [props.user.username], updated));
    props.onChanged();
  };
  const remove = async () => {
    const { deleted } = await trpc.users.delete.mutate({ ids: [props.user.id] });
    toast.success(bulkUserToast("delete", [props.user.username], deleted));
    navigate("/directory/users");
  };

  return (
    <>
      <Show when={offers("edit")}>
        <Button variant="primary" disabled={internal()} onClick={() => setOpen("edit")}>
          Edit
        </Button>
      </Show>
      <Show when={offers("setActive")}>
        <Button disabled={internal()} onClick={() => setOpen("active")}>
          {props.user.isActive ? "Deactivate" : "Activate"}
        </Button>
      </Show>
      <Show when={offers("resetPassword")}>
        <Button onClick={() => setOpen("password")}>Reset password</Button>
      </Show>
      <Show when={offers("recoveryLink")}>
        <Button onClick={() => setOpen("recovery-link")}>Create recovery link</Button>
      </Show>
      <Show when={offers("recoveryEmail")}>
        <EmailRecoveryButton user={props.user} />
      </Show>
      <Show when={offers("impersonate")}>
        <Button onClick={() => setOpen("impersonate")} disabled={!props.user.isActive} title={props.user.isActive ? undefined : "Inactive users cannot be impersonated."}>
          Impersonate
        </Button>
      </Show>
      <Show when={offers("delete")}>
        <Button variant="danger" disabled={internal()} onClick={() => setOpen("delete")}>
          Delete
        </Button>
      </Show>

      <UserFormDialog mode={open() === "edit" ? { kind: "edit", user: props.user } : null} onClose={() => setOpen(null)} onSaved={(user) => props.onChanged(user)} />
      <ConfirmDialog
        open={open() === "active"}
        onClose={() => setOpen(null)}
        title={activeConfirmation().title}
        consequence={activeConfirmation().consequence}
        confirmLabel={activeConfirmation().confirmLabel}
        onConfirm={setActive}
      />
      <ResetPasswordDialog open={open() === "password"} user={props.user} onClose={() => setOpen(null)} onChanged={() => props.onChanged()} />
      <RecoveryLinkDialog open={open() === "recovery-link"} user={props.user} onClose={() => setOpen(null)} />
      <Show when={open() === "impersonate"}>
        <ImpersonateDialog open user={props.user} onClose={() => setOpen(null)} />
      </Show>
      <ConfirmDialog
        open={open() === "delete"}
        onClose={() => setOpen(null)}
        title={deleteConfirmation().title}
        consequence={deleteConfirmation().consequence}
        confirmLabel={deleteConfirmation().confirmLabel}
        onConfirm={remove}
      />
    </>
  );
}

/**
 * The dialogs behind a user's actions — Edit, Activate/Deactivate, Reset password, Create recovery
 * link, Impersonate, Delete — with their toasts, for whichever of them is open. The user page's
 * header and the Users list's row both mount them through `useUserActions`.
 */
import type { TUser } from "@roster/core";
import { Show } from "solid-js";
import { trpc } from "../../lib/trpc";
import { bulkUserConfirmation, bulkUserToast } from "../../lib/user-texts";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";
import { ImpersonateDialog } from "./impersonate-dialog";
import { RecoveryLinkDialog } from "./recovery-link-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { UserFormDialog } from "./user-form-dialog";

export type UserDialog = "edit" | "active" | "password" | "recovery-link" | "impersonate" | "delete";

export interface UserActionDialogsProps {
  user: TUser;
  open: UserDialog | null;
  onClose: () => void;
  /** The user changed: the saved user when the form returns it, otherwise reload. */
  onChanged: (user?: TUser) => void;
  onDeleted: () => void;
}

export function UserActionDialogs(props: UserActionDialogsProps) {
  const toast = useToast();
  const activeAction = () => (props.user.isActive ? "deactivate" : "activate");
  const activeConfirmation = () => bulkUserConfirmation(activeAction(), [props.user.username]);
  const deleteConfirmation = () => bulkUserConfirmation("delete", [props.user.username]);

  const setActive = async () => {
    const action = activeAction();
    const { updated } = await trpc.users.setActive.mutate({ ids: [props.user.id], isActive: action === "activate" });
    toast.success(bulkUserToast(action, [props.user.username], updated));
    props.onChanged();
  };
  const remove = async () => {
    const { deleted } = await trpc.users.delete.mutate({ ids: [props.user.id] });
    toast.success(bulkUserToast("delete", [props.user.username], deleted));
    props.onDeleted();
  };

  return (
    <>
      <UserFormDialog mode={props.open === "edit" ? { kind: "edit", user: props.user } : null} onClose={() => props.onClose()} onSaved={(user) => props.onChanged(user)} />
      <ConfirmDialog
        open={props.open === "active"}
        onClose={() => props.onClose()}
        title={activeConfirmation().title}
        consequence={activeConfirmation().consequence}
        confirmLabel={activeConfirmation().confirmLabel}
        onConfirm={setActive}
      />
      <ResetPasswordDialog open={props.open === "password"} user={props.user} onClose={() => props.onClose()} onChanged={() => props.onChanged()} />
      <RecoveryLinkDialog open={props.open === "recovery-link"} user={props.user} onClose={() => props.onClose()} onCreated={() => props.onChanged()} />
      <Show when={props.open === "impersonate"}>
        <ImpersonateDialog open user={props.user} onClose={() => props.onClose()} />
      </Show>
      <ConfirmDialog
        open={props.open === "delete"}
        onClose={() => props.onClose()}
        title={deleteConfirmation().title}
        consequence={deleteConfirmation().consequence}
        confirmLabel={deleteConfirmation().confirmLabel}
        onConfirm={remove}
      />
    </>
  );
}

/**
 * A user's actions as the user page's header and the Users list's open row show them: which ones
 * the signed-in admin may take on this user (lib/user-actions.ts), each one's label, why it is
 * unavailable, and what taking it does — open its dialog (UserActionDialogs), or for Email
 * recovery link, queue the email at once with a toast.
 */
import type { TUser } from "@roster/core";
import { createSignal } from "solid-js";
import { recoveryEmailToast } from "../../lib/recovery-link";
import { useSignedIn } from "../../lib/session";
import { toClientError, trpc } from "../../lib/trpc";
import { useCan } from "../../lib/use-can";
import { userActionLabel, userActionUnavailable } from "../../lib/user-action-labels";
import { userPageActions, type UserPageAction } from "../../lib/user-actions";
import { useToast } from "../../ui/toast";
import { UserActionDialogs, type UserDialog } from "./user-action-dialogs";

export interface UserActionControl {
  action: UserPageAction;
  label: string;
  /** Why it cannot be taken now (shown on hover); null when it can. */
  unavailable: string | null;
  busy: boolean;
  take: () => void;
}

const dialogs: Record<Exclude<UserPageAction, "recoveryEmail">, UserDialog> = {
  edit: "edit",
  setActive: "active",
  resetPassword: "password",
  recoveryLink: "recovery-link",
  impersonate: "impersonate",
  delete: "delete",
};

export function useUserActions(props: { user: () => TUser; onChanged: (user?: TUser) => void; onDeleted: () => void }) {
  const toast = useToast();
  const me = useSignedIn();
  const can = useCan();
  const [open, setOpen] = createSignal<UserDialog | null>(null);
  const [sending, setSending] = createSignal(false);
  const offered = () => userPageActions({ isSuperuser: me().user.isSuperuser, can }, props.user());

  const sendRecoveryEmail = async () => {
    setSending(true);
    try {
      await trpc.users.sendRecoveryEmail.mutate({ id: props.user().id });
      toast.success(recoveryEmailToast(props.user().email));
      // Its event is in the User events tab now: the page reloads the open tab.
      props.onChanged();
    } catch (caught) {
      toast.error(toClientError(caught).message);
    } finally {
      setSending(false);
    }
  };

  /** The offered ones among `actions`, in that order. */
  const controls = (actions: readonly UserPageAction[]): UserActionControl[] =>
    actions
      .filter((action) => offered().has(action))
      .map((action) => ({
        action,
        label: userActionLabel(action, props.user()),
        unavailable: userActionUnavailable(action, props.user()),
        busy: action === "recoveryEmail" && sending(),
        take: () => (action === "recoveryEmail" ? void sendRecoveryEmail() : setOpen(dialogs[action])),
      }));

  const Dialogs = () => <UserActionDialogs user={props.user()} open={open()} onClose={() => setOpen(null)} onChanged={props.onChanged} onDeleted={props.onDeleted} />;
  return { controls, Dialogs };
}

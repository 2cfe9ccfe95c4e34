/**
 * The user page's actions on one row, as Okta's user page has them: Edit (primary), Reset
 * password and Activate/Deactivate as buttons; Create recovery link, Email recovery link and
 * Impersonate under "More actions"; Delete apart, in danger red. Only those the signed-in admin
 * may take on this user are shown (useUserActions).
 */
import { useNavigate } from "@solidjs/router";
import type { TUser } from "@roster/core";
import { Index, Show } from "solid-js";
import type { UserPageAction } from "../../lib/user-actions";
import { ChevronDownIcon } from "../../ui/icons";
import { Menu } from "../../ui/menu";
import { UserActionButton } from "./user-action-button";
import { useUserActions } from "./use-user-actions";

const buttons: readonly UserPageAction[] = ["edit", "resetPassword", "setActive"];
const more: readonly UserPageAction[] = ["recoveryLink", "recoveryEmail", "impersonate"];

export function UserActions(props: { user: TUser; onChanged: (user?: TUser) => void }) {
  const navigate = useNavigate();
  const actions = useUserActions({ user: () => props.user, onChanged: (user) => props.onChanged(user), onDeleted: () => navigate("/directory/users") });
  const menuItems = () => actions.controls(more).map((control) => ({ label: control.label, onSelect: control.take, disabled: control.unavailable !== null || control.busy, title: control.unavailable ?? undefined }));
  return (
    <div class="user-actions">
      <Index each={actions.controls(buttons)}>{(control) => <UserActionButton control={control()} variant={control().action === "edit" ? "primary" : "secondary"} />}</Index>
      <Show when={menuItems().length > 0}>
        <Menu
          buttonLabel="More actions"
          buttonClass="button button-secondary"
          button={
            <>
              More actions
              <ChevronDownIcon />
            </>
          }
          items={menuItems()}
        />
      </Show>
      <span class="spacer" />
      <Index each={actions.controls(["delete"])}>{(control) => <UserActionButton control={control()} variant="danger" />}</Index>
      <actions.Dialogs />
    </div>
  );
}

/** The user menu: who is signed in, their own pages, and Log out. */
import { useNavigate } from "@solidjs/router";
import type { Me } from "../../lib/api-types";
import { toClientError } from "../../lib/client-error";
import { useSession } from "../../lib/session";
import { ChevronDownIcon } from "../../ui/icons";
import { Menu } from "../../ui/menu";
import { useToast } from "../../ui/toast";

export function UserMenu(props: { me: Me }) {
  const session = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const logout = async () => {
    try {
      await session.logout();
      navigate("/login", { replace: true });
    } catch (error) {
      toast.error(toClientError(error).message);
    }
  };
  return (
    <Menu
      buttonClass="user-button"
      buttonLabel={`User menu for ${props.me.user.username}`}
      button={
        <>
          {/* The initial is drawn by CSS: as text it would be part of the button's visible label, which must match its name (axe: label-content-name-mismatch). */}
          <span class="avatar" aria-hidden="true" data-initial={(props.me.user.name || props.me.user.username).slice(0, 1)} />
          <span>{props.me.user.username}</span>
          <ChevronDownIcon />
        </>
      }
      heading={
        <>
          <div class="menu-user-name">{props.me.user.name || props.me.user.username}</div>
          <div class="menu-user-detail">{props.me.user.email || props.me.user.username}</div>
        </>
      }
      items={[
        { label: "My applications", onSelect: () => navigate("/me/applications") },
        { label: "Settings", onSelect: () => navigate("/me/settings") },
        { label: "Log out", onSelect: () => void logout() },
      ]}
    />
  );
}

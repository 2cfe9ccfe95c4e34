/** The user menu: who is signed in, their own pages, the theme (System, Light, Dark), and Log out. */
import { useNavigate } from "@solidjs/router";
import type { Me } from "../../lib/api-types";
import { toClientError } from "../../lib/client-error";
import { useSession } from "../../lib/session";
import { chooseTheme, parseThemeChoice, themeChoice, themeChoices } from "../../lib/theme";
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
      buttonLabel={`${props.me.user.username}, user menu`}
      button={
        <>
          {/* The initial is drawn by CSS, so that the button's visible text is the username its name starts with. */}
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
        { group: "Theme", options: themeChoices, value: themeChoice(), onChange: (value) => chooseTheme(parseThemeChoice(value)) },
        { label: "Log out", onSelect: () => void logout() },
      ]}
    />
  );
}

/** The few line icons the console uses, drawn at 16 px in the current text color. */
import type { JSX } from "solid-js";

function Icon(props: { children: JSX.Element; size?: number }) {
  return (
    <svg width={props.size ?? 16} height={props.size ?? 16} viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      {props.children}
    </svg>
  );
}

export const BellIcon = () => (
  <Icon>
    <path d="M4 11V7a4 4 0 0 1 8 0v4l1 1.5H3L4 11Z" />
    <path d="M6.5 14a1.5 1.5 0 0 0 3 0" />
  </Icon>
);
export const ChevronDownIcon = () => (
  <Icon>
    <path d="m4 6 4 4 4-4" />
  </Icon>
);
export const ChevronRightIcon = () => (
  <Icon>
    <path d="m6 4 4 4-4 4" />
  </Icon>
);
export const CloseIcon = () => (
  <Icon>
    <path d="m4 4 8 8M12 4l-8 8" />
  </Icon>
);
export const MenuIcon = () => (
  <Icon>
    <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
  </Icon>
);
export const SortIcon = (props: { direction: "asc" | "desc" | null }) => (
  <Icon size={12}>
    <path d="m5 6 3-3 3 3" opacity={props.direction === "asc" ? 1 : 0.35} />
    <path d="m5 10 3 3 3-3" opacity={props.direction === "desc" ? 1 : 0.35} />
  </Icon>
);
export const FolderIcon = () => (
  <Icon>
    <path d="M2 4.5A1.5 1.5 0 0 1 3.5 3h2.6l1.4 1.5h5A1.5 1.5 0 0 1 14 6v5.5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 11.5v-7Z" />
  </Icon>
);
export const InboxIcon = () => (
  <Icon size={28}>
    <path d="M2 9.5 3.8 3.6A1 1 0 0 1 4.8 3h6.4a1 1 0 0 1 1 .6L14 9.5V12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V9.5Z" />
    <path d="M2 9.5h3.5l1 1.5h3l1-1.5H14" />
  </Icon>
);
export const ToolIcon = () => (
  <Icon size={28}>
    <path d="M3 13 8.5 7.5M10 2.5a3 3 0 0 0-1.2 3.7L8.5 7.5l1.2 1.2 1.3-.3A3 3 0 0 0 13.5 6l-1.8.4-1.1-1.1L11 3.6 10 2.5Z" />
  </Icon>
);

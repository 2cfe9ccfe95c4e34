/**
 * The console's theme: System (follows the OS, live), Light or Dark, chosen in the user menu and
 * kept in localStorage. The choice sits on <html> as `data-theme` (public/theme.js puts it there
 * before the first paint, from the same key); the CSS picks its palette from it. `colorScheme()`
 * is the scheme in effect, as a signal, for what paints outside CSS (the dashboards' charts).
 */
import { createSignal } from "solid-js";

export type ThemeChoice = "system" | "light" | "dark";
export type ColorScheme = "light" | "dark";

/** Also read by public/theme.js. */
export const themeStorageKey = "roster.theme";

export const themeChoices: readonly { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** Anything stored that is not a known choice (nothing, an old value) means System. */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return stored === "light" || stored === "dark" ? stored : "system";
}

export function effectiveScheme(choice: ThemeChoice, systemDark: boolean): ColorScheme {
  if (choice === "system") return systemDark ? "dark" : "light";
  return choice;
}

function storedChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(themeStorageKey));
  } catch {
    return "system";
  }
}

const darkQuery = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
const [choice, setChoice] = createSignal<ThemeChoice>(typeof localStorage === "undefined" ? "system" : storedChoice());
const [systemDark, setSystemDark] = createSignal(darkQuery?.matches ?? false);
darkQuery?.addEventListener("change", (event) => setSystemDark(event.matches));

export const themeChoice = choice;

export const colorScheme = (): ColorScheme => effectiveScheme(choice(), systemDark());

/** The attribute first: what follows the signal (a chart's redraw) reads the new palette. */
export function chooseTheme(next: ThemeChoice): void {
  document.documentElement.dataset.theme = next;
  setChoice(next);
  try {
    if (next === "system") localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, next);
  } catch {
    // Storage refused (a locked-down browser): the choice holds until the page reloads.
  }
}

/**
 * A theme colour as a canvas can use it: the variables hold `light-dark(…)`, which only CSS
 * resolves, so a probe element inside `host` takes it as its colour and the computed rgb is read.
 */
export function resolvedColor(host: HTMLElement, variable: string): string {
  const probe = document.createElement("span");
  probe.style.color = `var(${variable})`;
  probe.style.display = "none";
  host.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Toasts: short feedback at the top right. `useToast().success(...)` after an action,
 * `.error(message)` with the backend's own words. They dismiss themselves; screen readers hear
 * them through the live region. While a modal dialog is open the rest of the page is inert, so
 * the toasts are shown inside that dialog, where they can be read and dismissed.
 */
import { createContext, createSignal, For, Show, useContext, type JSX } from "solid-js";
import { Portal } from "solid-js/web";
import { topModal } from "./modal";
import { Button } from "./button";
import { CloseIcon } from "./icons";
import "./toast.css";

interface ToastItem {
  id: number;
  tone: "success" | "error";
  message: string;
}

interface ToastApi {
  success: (message: string) => void;
  error: (message: string) => void;
}

const ToastContext = createContext<ToastApi>();
const durations = { success: 4000, error: 8000 };

export function ToastProvider(props: { children: JSX.Element }) {
  const [toasts, setToasts] = createSignal<ToastItem[]>([]);
  let nextId = 1;
  const dismiss = (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id));
  const show = (tone: ToastItem["tone"], message: string) => {
    const id = nextId++;
    setToasts((list) => [...list.slice(-3), { id, tone, message }]);
    setTimeout(() => dismiss(id), durations[tone]);
  };
  const api: ToastApi = { success: (message) => show("success", message), error: (message) => show("error", message) };
  const region = () => <ToastRegion toasts={toasts()} onDismiss={dismiss} />;
  return (
    <ToastContext.Provider value={api}>
      {props.children}
      <Show when={topModal()} keyed fallback={<Portal>{region()}</Portal>}>
        {(dialog) => <Portal mount={dialog}>{region()}</Portal>}
      </Show>
    </ToastContext.Provider>
  );
}

function ToastRegion(props: { toasts: ToastItem[]; onDismiss: (id: number) => void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="false">
      <For each={props.toasts}>
        {(toast) => (
          <div class={`toast toast-${toast.tone}`}>
            <span class="toast-message">
              <span class="visually-hidden">{toast.tone === "error" ? "Error: " : ""}</span>
              {toast.message}
            </span>
            <Button variant="ghost" size="small" aria-label="Dismiss" onClick={() => props.onDismiss(toast.id)}>
              <CloseIcon />
            </Button>
          </div>
        )}
      </For>
    </div>
  );
}

export function useToast(): ToastApi {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error("useToast() needs a <ToastProvider> above it.");
  return toast;
}

/**
 * Where the admin was when they started impersonating, so that Stop brings them back there.
 * Kept in sessionStorage: it belongs to this tab only and ends with it.
 */
import { safeNext } from "./safe-next";

const key = "roster.impersonation.returnTo";

export function rememberReturnPath(path: string, storage: Pick<Storage, "setItem"> = sessionStorage): void {
  storage.setItem(key, path);
}

export function takeReturnPath(fallback: string, storage: Pick<Storage, "getItem" | "removeItem"> = sessionStorage): string {
  const path = storage.getItem(key);
  storage.removeItem(key);
  return safeNext(path, fallback);
}

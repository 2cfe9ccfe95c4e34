/**
 * Any page can ask the bell to look for news now (an export finished, a job ran) with
 * `refreshNotifications()`; the bell listens to `notificationRefreshes()`. A module signal, since
 * there is one bell per console.
 */
import { createSignal } from "solid-js";

const [requests, setRequests] = createSignal(0);

export const notificationRefreshes = requests;

export function refreshNotifications(): void {
  setRequests((count) => count + 1);
}

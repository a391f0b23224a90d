// Whether the server can be reached: false after a request failed to reach it (or the browser says
// it is offline), true again after the next answer. The shell shows a notice while it is false.
import { useSyncExternalStore } from 'react';

let reachable = true;
const listeners = new Set<() => void>();

export function setReachable(value: boolean) {
  if (value === reachable) return;
  reachable = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const offline = () => setReachable(false);
  window.addEventListener('offline', offline);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('offline', offline);
  };
}

export function useServerReachable(): boolean {
  return useSyncExternalStore(subscribe, () => reachable && navigator.onLine);
}

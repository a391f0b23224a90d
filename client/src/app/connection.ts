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
  // Back online: assume the server is reachable again; the next failed request says otherwise.
  const online = () => setReachable(true);
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}

export function useServerReachable(): boolean {
  return useSyncExternalStore(subscribe, () => reachable && navigator.onLine);
}

// Calls back once nobody has used the screen for a while: pointer and key events count as use.
import { useEffect, useRef } from 'react';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** `onIdle` runs once `ms` pass without activity (null: not counting); it starts again on change. */
export function useIdleTimer(ms: number | null, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });

  useEffect(() => {
    if (ms === null) return;
    let last = Date.now();
    // One timer that looks at the last activity, rather than a new timer on every pointer move.
    const check = () => {
      const left = last + ms - Date.now();
      if (left > 0) timer = window.setTimeout(check, left);
      else latest.current();
    };
    let timer = window.setTimeout(check, ms);
    const active = () => {
      last = Date.now();
    };
    // Capture: a component that stops an event's propagation still had a user.
    for (const event of activity)
      window.addEventListener(event, active, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of activity) window.removeEventListener(event, active, { capture: true });
    };
  }, [ms]);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { openSessionChannel } from './session-end';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** Activity is told to the other tabs at most this often. */
const ANNOUNCE_EVERY_MS = 5000;

type IdleTimerOptions = {
  enabled: boolean;
  timeoutMs: number;
  warningMs: number;
  onTimeout: () => void;
};

/**
 * Counts idle time. After (timeout − warning) without activity `logoutAt` is set (the time of
 * the coming logout); after the full timeout onTimeout runs. While the warning shows, only an
 * explicit `stayActive()` counts: a mouse drifting over the screen must not keep an unattended
 * workstation logged in. Activity in any of the app's tabs counts: the person working in the
 * inbox tab is not logged out by the idle article tab beside it.
 */
export function useIdleTimer({ enabled, timeoutMs, warningMs, onTimeout }: IdleTimerOptions) {
  const [logoutAt, setLogoutAt] = useState<number | null>(null);
  const warningShown = useRef(false);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const onTimeoutRef = useRef(onTimeout);
  useEffect(() => {
    onTimeoutRef.current = onTimeout;
  }, [onTimeout]);

  const startTimers = useCallback(() => {
    timers.current.forEach(clearTimeout);
    warningShown.current = false;
    const end = Date.now() + timeoutMs;
    timers.current = [
      setTimeout(
        () => {
          warningShown.current = true;
          setLogoutAt(end);
        },
        Math.max(0, timeoutMs - warningMs),
      ),
      setTimeout(() => onTimeoutRef.current(), timeoutMs),
    ];
  }, [timeoutMs, warningMs]);

  const announce = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!enabled) return;
    startTimers();
    const channel = openSessionChannel((message) => {
      if (message.type !== 'active') return;
      setLogoutAt(null);
      startTimers();
    });
    let lastAnnounced = 0;
    announce.current = () => {
      if (Date.now() - lastAnnounced < ANNOUNCE_EVERY_MS) return;
      lastAnnounced = Date.now();
      channel.post({ type: 'active' });
    };
    let last = 0;
    const onActivity = () => {
      // Throttled: scrolling fires many events, one reset a second is plenty.
      if (warningShown.current || Date.now() - last < 1000) return;
      last = Date.now();
      startTimers();
      announce.current?.();
    };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    return () => {
      timers.current.forEach(clearTimeout);
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity));
      channel.close();
      announce.current = null;
    };
  }, [enabled, startTimers]);

  const stayActive = useCallback(() => {
    setLogoutAt(null);
    startTimers();
    announce.current?.();
  }, [startTimers]);

  return { logoutAt: enabled ? logoutAt : null, stayActive };
}

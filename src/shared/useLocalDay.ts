import { useEffect, useState } from 'react';
import { MAX_TIMER_MS } from '../util/timers.js';

/** The start of the next local day after `time` (a DST day may be 23 or 25 hours long). */
export function nextLocalMidnight(time: number): number {
  const d = new Date(time);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/**
 * "Now", moving on only at local midnight: queries built from it ("today", "last 7 days") keep their
 * cache key all day and roll over when the day does.
 */
export function useLocalDay(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), Math.min(MAX_TIMER_MS, nextLocalMidnight(now) - Date.now() + 50));
    return () => clearTimeout(timer);
  }, [now]);
  return now;
}

// Events closer on screen than a pointer target is wide share one marker: two tool calls 0.2 s apart
// in a 3-minute call would otherwise be one pixel apart, each too small to hit.
import type { CallEvent } from '../../../types.js';

export interface EventCluster {
  /** Where the marker sits: the first event's time (s). */
  atSeconds: number;
  events: CallEvent[];
}

/** Events (any order) in clusters of those less than `minGapPx` apart at `pxPerSecond`. */
export function clusterEvents(events: readonly CallEvent[], pxPerSecond: number, minGapPx: number): EventCluster[] {
  const sorted = [...events].sort((a, b) => a.atSeconds - b.atSeconds);
  const out: EventCluster[] = [];
  for (const event of sorted) {
    const last = out[out.length - 1];
    if (last && (event.atSeconds - last.atSeconds) * pxPerSecond < minGapPx) last.events.push(event);
    else out.push({ atSeconds: event.atSeconds, events: [event] });
  }
  return out;
}

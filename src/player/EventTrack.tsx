// A thin track above the lanes: the call's events (tool calls, handoffs, holds…) at their times. Each
// is a button that plays from it; it follows the lanes when they are zoomed in and scrolled.
import { memo } from 'react';
import type { CallEvent } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { eventTypeText, fillMessage, formatClock } from '../format.js';
import { usePart } from '../theme/parts.js';
import { useStoreSlice, type Store } from './engine/store.js';
import type { PlayerSnapshot } from './engine/state.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';

interface EventTrackProps {
  store: Store<PlayerSnapshot>;
  events: readonly CallEvent[];
  actions: PlayerCommands;
  m: Messages;
}

const durationOf = (s: PlayerSnapshot) => s.duration;
const viewStartOf = (s: PlayerSnapshot) => s.viewStart;
const viewEndOf = (s: PlayerSnapshot) => s.viewEnd;

export const EventTrack = memo(function EventTrack({ store, events, actions, m }: EventTrackProps) {
  const part = usePart();
  const duration = useStoreSlice(store, durationOf, 0);
  const viewStart = useStoreSlice(store, viewStartOf, 0);
  const viewEnd = useStoreSlice(store, viewEndOf, 0) || duration;
  if (!events.length || duration <= 0) return null;
  const span = Math.max(0.001, viewEnd - viewStart);
  return (
    <ol {...part('events')} aria-label={m.events}>
      {events.map((event, i) => {
        const at = (event.atSeconds - viewStart) / span;
        const label = fillMessage(m.eventAt, { type: eventTypeText(m, event.type), label: event.label, time: formatClock(event.atSeconds) });
        const width = event.durationMs ? (event.durationMs / 1000 / span) * 100 : 0;
        return (
          <li key={i} data-type={event.type} hidden={at < 0 || at > 1} style={{ insetInlineStart: `${at * 100}%` }}>
            <button
              type="button"
              {...part('event')}
              aria-label={label}
              title={event.detail ? `${label}\n${event.detail}` : label}
              data-type={event.type}
              data-at={event.atSeconds}
              onClick={() => {
                actions.seek(event.atSeconds);
                actions.play();
              }}
            />
            {width > 0 && <span {...part('event-span')} aria-hidden="true" style={{ width: `${width}%` }} />}
          </li>
        );
      })}
    </ol>
  );
});

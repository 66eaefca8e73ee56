// A thin track above the lanes: the call's events (tool calls, handoffs, holds…) at their times. Each
// marker is a button that plays from it (events too close to tell apart share one); the track follows
// the lanes when they are zoomed in and scrolled.
import { memo, useMemo, useRef, useState } from 'react';
import type { CallEvent } from '../../../types.js';
import type { PlayerWords } from '../../../i18n/messages.js';
import { eventTypeText, fillMessage, formatClock } from '../../../format.js';
import { usePart } from '../../../theme/parts.js';
import { useElementWidth } from '../../../shared/useElementWidth.js';
import { useTokenPx } from '../../../theme/tokens.js';
import type { Store } from '../../engine/store.js';
import { useTrackView } from '../../trackView.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import type { PlayerCommands } from '../../engine/PlayerEngine.js';
import { clusterEvents } from './eventClusters.js';
import { moveRovingFocus, tabStop } from '../../../shared/roving.js';

/** A lasting event narrower than this shows as its marker alone (a sliver of a line reads as a stray dot). */
const MIN_SPAN_PX = 24;

interface EventTrackProps {
  store: Store<PlayerSnapshot>;
  events: readonly CallEvent[];
  actions: PlayerCommands;
  m: PlayerWords;
}

export const EventTrack = memo(function EventTrack({ store, events, actions, m }: EventTrackProps) {
  const part = usePart();
  const track = useRef<HTMLOListElement>(null);
  const width = useElementWidth(track);
  const target = useTokenPx(track, '--tt-event-target', 24, []);
  const { duration, viewStart, span } = useTrackView(store);
  const clusters = useMemo(() => clusterEvents(events, width / span, target), [events, width, span, target]);
  const [active, setActive] = useState(0);
  const words = (event: CallEvent) => `${eventTypeText(m, event.type)} ${event.label}`;
  const placed = clusters.map((cluster) => (cluster.atSeconds - viewStart) / span);
  const stop = tabStop(active, (i) => placed[i]! >= 0 && placed[i]! <= 1, clusters.length);
  return (
    // Left to right whatever the page's direction, as the lanes below it. One tab stop; arrows move along.
    <ol ref={track} {...part('events')} dir="ltr" aria-label={m.events} hidden={duration <= 0} onKeyDown={(e) => moveRovingFocus(e, 'events')}>
      {clusters.map((cluster, index) => {
        const at = placed[index]!;
        const [first] = cluster.events;
        const label = fillMessage(m.eventAt, { type: '', label: cluster.events.map(words).join(', '), time: formatClock(cluster.atSeconds) }).trim();
        const detail = cluster.events.map((e) => (e.detail ? `${words(e)}: ${e.detail}` : words(e))).join('\n');
        const lasting = cluster.events.length === 1 && first?.durationMs ? (first.durationMs / 1000 / span) * 100 : 0;
        return (
          <li key={`${cluster.atSeconds}-${cluster.events.length}`} hidden={at < 0 || at > 1} style={{ left: `${at * 100}%` }}>
            <button
              type="button"
              {...part('event')}
              aria-label={label}
              title={detail}
              data-roving="events"
              tabIndex={index === stop ? 0 : -1}
              onFocus={() => setActive(index)}
              data-type={cluster.events.length === 1 ? first?.type : 'several'}
              data-at={cluster.atSeconds}
              onClick={() => {
                actions.seek(cluster.atSeconds);
                actions.play();
              }}
            />
            {/* Shown on hover and focus; its side keeps it inside the track near either end. */}
            <span {...part('event-label')} aria-hidden="true" data-side={at < 0.25 ? 'start' : at > 0.75 ? 'end' : 'middle'}>
              {label}
            </span>
            {(lasting / 100) * width >= MIN_SPAN_PX && <span {...part('event-span')} aria-hidden="true" style={{ width: `${lasting}%` }} />}
          </li>
        );
      })}
    </ol>
  );
});

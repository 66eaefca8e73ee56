// What the marks on the lanes mean: one entry per kind that is drawn, each with its own colour and
// shape (a swatch that is not a checkbox: nothing here toggles).
import { memo } from 'react';
import type { PlayerWords } from '../i18n/messages.js';
import { usePart } from '../theme/parts.js';
import { useStoreSlice, type Store } from './engine/store.js';
import type { PlayerSnapshot } from './engine/state.js';

const countsOf = (s: PlayerSnapshot) => {
  const a = s.analysis;
  return a ? `${a.responses.length}:${a.responses.filter((r) => r.slow).length}:${a.interruptions.length}:${a.overlaps.length}:${a.silences.length}` : '';
};

export const LaneLegend = memo(function LaneLegend({ store, m, turns, events }: { store: Store<PlayerSnapshot>; m: PlayerWords; turns: boolean; events: boolean }) {
  const part = usePart();
  const counts = useStoreSlice(store, countsOf, '');
  const [responses = 0, slow = 0, interruptions = 0, overlaps = 0, silences = 0] = counts ? counts.split(':').map(Number) : [];
  const entries: [kind: string, label: string, count?: number][] = [['playhead', m.legendPlayhead]];
  if (turns) entries.push(['turn', m.legendTurnStart]);
  if (events) entries.push(['event', m.legendEvent]);
  if (counts) {
    if (responses > slow) entries.push(['response', m.legendResponse, responses - slow]);
    if (slow > 0) entries.push(['response-slow', m.legendSlowResponse, slow]);
    if (interruptions > 0) entries.push(['interruption', m.legendInterruption, interruptions]);
    entries.push(['overlap', m.overlapLegend, overlaps], ['silence', m.silenceLegend, silences]);
  }
  return (
    <ul {...part('legend')} aria-label={m.legend}>
      {entries.map(([kind, label, count]) => (
        <li key={kind} data-kind={kind}>
          <span {...part('swatch')} data-kind={kind} aria-hidden="true" />
          {count === undefined ? label : `${label} (${count})`}
        </li>
      ))}
    </ul>
  );
});

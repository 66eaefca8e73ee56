// What was redacted, over the lanes: a hatched, labelled stretch on the side it was taken from (or on
// both), following the lanes when zoomed. A list for screen readers: what, which side, from and to.
import { memo } from 'react';
import type { Redaction } from '../../../types.js';
import type { PlayerWords } from '../../../i18n/messages.js';
import { fillMessage, formatClock } from '../../../format.js';
import { usePart } from '../../../theme/parts.js';
import { entityWords } from '../../../adapter/redactions.js';
import type { Store } from '../../engine/store.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import { useTrackView } from '../../trackView.js';

export const RedactionMarks = memo(function RedactionMarks({ store, redactions, m }: { store: Store<PlayerSnapshot>; redactions: readonly Redaction[]; m: PlayerWords }) {
  const part = usePart();
  const { duration, viewStart, span } = useTrackView(store);
  if (duration <= 0) return null;
  return (
    <ul {...part('redactions')} aria-label={m.redactedList} dir="ltr">
      {redactions.map((r, i) => {
        const from = Math.max(0, (r.start - viewStart) / span);
        const to = Math.min(1, (r.end - viewStart) / span);
        const what = entityWords(r.entity);
        const side = r.channel === 'both' ? m.bothSides : r.channel === 'caller' ? m.caller : m.assistant;
        return (
          <li
            key={i}
            data-channel={r.channel}
            title={what}
            hidden={to <= 0 || from >= 1}
            style={{ left: `${from * 100}%`, width: `${Math.max(0, to - from) * 100}%` }}
          >
            <span {...part('redaction-label')} aria-hidden="true">{what}</span>
            <span {...part('sr-only')}>{fillMessage(m.redactionName, { what, side, start: formatClock(r.start), end: formatClock(r.end) })}</span>
          </li>
        );
      })}
    </ul>
  );
});

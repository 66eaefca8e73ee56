// The skip-silences switch, in the transport: usable once the analysis has found the silences.
import { memo } from 'react';
import type { PlayerWords } from '../theme/messages.js';
import { fillMessage, formatClock } from '../format.js';
import { usePart } from '../theme/parts.js';
import { useStoreSlice, type Store } from './engine/store.js';
import type { PlayerSnapshot } from './engine/state.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';

const analysedOf = (s: PlayerSnapshot) => s.analysis !== null;
const skipOf = (s: PlayerSnapshot) => s.skipSilences;
// Whole seconds: the note changes once per skip, not with the clock.
const skippedOf = (s: PlayerSnapshot) => Math.round(s.silenceSkipped);

export const SkipSilences = memo(function SkipSilences({ store, actions, m }: { store: Store<PlayerSnapshot>; actions: PlayerCommands; m: PlayerWords }) {
  const part = usePart();
  const analysed = useStoreSlice(store, analysedOf, false);
  const skip = useStoreSlice(store, skipOf, false);
  const skipped = useStoreSlice(store, skippedOf, 0);
  return (
    <div {...part('skip-silences')}>
      <button type="button" role="switch" aria-checked={skip} {...part('skip-switch')} disabled={!analysed} onClick={() => actions.setSkipSilences(!skip)}>
        <span {...part('switch-track')} aria-hidden="true"><span {...part('switch-thumb')} /></span>
        <span {...part('switch-label')}>{m.skipSilences}</span>
      </button>
      <span role="status" {...part('silence-skipped')}>{skipped > 0 ? fillMessage(m.silenceSkipped, { time: formatClock(skipped) }) : ''}</span>
    </div>
  );
});

// In the transport: the turn navigation ("5 turns" until playback reaches one, then "Turn 2 of 5")
// and zoom, each subscribed to the slice it shows.
import { memo, useCallback } from 'react';
import type { TranscriptTurn } from '../types.js';
import type { PlayerWords } from '../theme/messages.js';
import { fillMessage } from '../format.js';
import { turnIndexAt } from './conversation.js';
import { isReady, type PlayerSnapshot } from './engine/state.js';
import { useStoreSlice, type Store } from './engine/store.js';
import { NextTurnIcon, PreviousTurnIcon, ZoomInIcon, ZoomOutIcon } from './icons.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { usePart } from '../theme/parts.js';
import { ariaShortcuts } from './shortcuts.js';

interface PartProps {
  store: Store<PlayerSnapshot>;
  actions: PlayerCommands;
  m: PlayerWords;
}

const waveformOf = (s: PlayerSnapshot) => s.waveform;
const zoomOf = (s: PlayerSnapshot) => s.zoom;
const zoomMaxOf = (s: PlayerSnapshot) => s.zoomMax;
const readyOf = (s: PlayerSnapshot) => isReady(s.status);

export const TurnNav = memo(function TurnNav({ store, actions, m, turns }: PartProps & { turns: readonly TranscriptTurn[] }) {
  const part = usePart();
  // The turn number, not the time: this re-renders when playback enters another turn.
  const index = useStoreSlice(store, useCallback((s: PlayerSnapshot) => turnIndexAt(turns, s.currentTime), [turns]), -1);
  const ready = useStoreSlice(store, readyOf, false);
  const where = index < 0 ? fillMessage(m.turnCount, { total: turns.length }) : fillMessage(m.turnPosition, { current: index + 1, total: turns.length });
  return (
    <div {...part('turn-nav')} role="group" aria-label={where}>
      <button type="button" {...part('previous-turn')} aria-label={m.previousTurn} aria-keyshortcuts={ariaShortcuts(['turns'], 'p')} disabled={!ready} onClick={() => actions.goToTurn(-1)}>
        <PreviousTurnIcon />
      </button>
      <span {...part('turn-position')} aria-hidden="true">{where}</span>
      <button type="button" {...part('next-turn')} aria-label={m.nextTurn} aria-keyshortcuts={ariaShortcuts(['turns'], 'n')} disabled={!ready} onClick={() => actions.goToTurn(1)}>
        <NextTurnIcon />
      </button>
    </div>
  );
});

export const ZoomControls = memo(function ZoomControls({ store, actions, m }: PartProps) {
  const part = usePart();
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const zoom = useStoreSlice(store, zoomOf, 1);
  const zoomMax = useStoreSlice(store, zoomMaxOf, 1);
  return (
    <div {...part('zoom')} role="group" aria-label={fillMessage(m.zoomLevel, { level: zoom })}>
      <button type="button" {...part('zoom-out')} aria-label={m.zoomOut} aria-keyshortcuts={ariaShortcuts(['zoom'], '-')} disabled={zoom <= 1 || waveform === 'loading'} onClick={() => actions.stepZoom(-1)}>
        <ZoomOutIcon />
      </button>
      <span {...part('zoom-level')} aria-hidden="true">{zoom}x</span>
      <button type="button" {...part('zoom-in')} aria-label={m.zoomIn} aria-keyshortcuts={ariaShortcuts(['zoom'], '+')} disabled={zoom >= zoomMax || waveform === 'loading' || waveform === 'unavailable'} onClick={() => actions.stepZoom(1)}>
        <ZoomInIcon />
      </button>
    </div>
  );
});

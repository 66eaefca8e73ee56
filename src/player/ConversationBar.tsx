import { memo, useCallback } from 'react';
import type { TranscriptTurn } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { fillMessage } from '../format.js';
import { turnIndexAt } from './conversation.js';
import { isReady, type PlayerSnapshot } from './engine/state.js';
import { useStoreSlice, type Store } from './engine/store.js';
import { NextTurnIcon, PreviousTurnIcon, ZoomInIcon, ZoomOutIcon } from './icons.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { usePart } from '../theme/parts.js';
import { ariaShortcuts } from './shortcuts.js';

interface ConversationBarProps {
  store: Store<PlayerSnapshot>;
  transcript: readonly TranscriptTurn[] | undefined;
  actions: PlayerCommands;
  messages: Messages;
}

const NO_TURNS: readonly TranscriptTurn[] = [];
const overlapCountOf = (s: PlayerSnapshot) => s.analysis?.overlaps.length ?? 0;
const silenceCountOf = (s: PlayerSnapshot) => s.analysis?.silences.length ?? 0;
const waveformOf = (s: PlayerSnapshot) => s.waveform;
const zoomOf = (s: PlayerSnapshot) => s.zoom;
const zoomMaxOf = (s: PlayerSnapshot) => s.zoomMax;
const readyOf = (s: PlayerSnapshot) => isReady(s.status);

/** Below the lanes: turn navigation, what the overlays mean, and zoom. */
export const ConversationBar = memo(function ConversationBar({ store, transcript, actions, messages: m }: ConversationBarProps) {
  const part = usePart();
  const turns = transcript ?? NO_TURNS;
  // The turn number, not the time: this re-renders when playback enters another turn.
  const index = useStoreSlice(store, useCallback((s: PlayerSnapshot) => turnIndexAt(turns, s.currentTime), [turns]), -1);
  const overlaps = useStoreSlice(store, overlapCountOf, 0);
  const silences = useStoreSlice(store, silenceCountOf, 0);
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const zoom = useStoreSlice(store, zoomOf, 1);
  const zoomMax = useStoreSlice(store, zoomMaxOf, 1);
  const ready = useStoreSlice(store, readyOf, false);
  return (
    <div {...part('conversation-bar')}>
      {turns.length > 0 && (
        <div {...part('turn-nav')} role="group" aria-label={fillMessage(m.turnPosition, { current: Math.max(1, index + 1), total: turns.length })}>
          <button type="button" {...part('previous-turn')} aria-label={m.previousTurn} aria-keyshortcuts={ariaShortcuts(['turns'], 'p')} disabled={!ready} onClick={() => actions.goToTurn(-1)}>
            <PreviousTurnIcon />
          </button>
          <span {...part('turn-position')}>{fillMessage(m.turnPosition, { current: index + 1 || '–', total: turns.length })}</span>
          <button type="button" {...part('next-turn')} aria-label={m.nextTurn} aria-keyshortcuts={ariaShortcuts(['turns'], 'n')} disabled={!ready} onClick={() => actions.goToTurn(1)}>
            <NextTurnIcon />
          </button>
        </div>
      )}
      {waveform === 'ready' && (
        <p {...part('legend')}>
          <span {...part('swatch')} data-kind="overlap" aria-hidden="true" />
          {m.overlapLegend} ({overlaps})
          <span {...part('swatch')} data-kind="silence" aria-hidden="true" />
          {m.silenceLegend} ({silences})
        </p>
      )}
      <span {...part('spacer')} />
      <div {...part('zoom')} role="group" aria-label={fillMessage(m.zoomLevel, { level: zoom })}>
        <button type="button" {...part('zoom-out')} aria-label={m.zoomOut} aria-keyshortcuts={ariaShortcuts(['zoom'], '-')} disabled={zoom <= 1 || waveform === 'loading'} onClick={() => actions.stepZoom(-1)}>
          <ZoomOutIcon />
        </button>
        <span {...part('zoom-level')} aria-hidden="true">{zoom}x</span>
        <button type="button" {...part('zoom-in')} aria-label={m.zoomIn} aria-keyshortcuts={ariaShortcuts(['zoom'], '+')} disabled={zoom >= zoomMax || waveform === 'loading' || waveform === 'unavailable'} onClick={() => actions.stepZoom(1)}>
          <ZoomInIcon />
        </button>
      </div>
    </div>
  );
});

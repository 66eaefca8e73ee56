import type { TranscriptTurn } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { fillMessage } from '../format.js';
import { turnIndexAt } from './conversation.js';
import type { PlayerSnapshot } from './engine/state.js';
import { NextTurnIcon, PreviousTurnIcon, ZoomInIcon, ZoomOutIcon } from './icons.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { usePart } from '../theme/parts.js';
import { ariaShortcuts } from './shortcuts.js';

interface ConversationBarProps {
  state: Pick<PlayerSnapshot, 'currentTime' | 'regions' | 'waveform' | 'zoom' | 'zoomMax'>;
  transcript: readonly TranscriptTurn[] | undefined;
  actions: PlayerCommands;
  messages: Messages;
  ready: boolean;
}

/** Below the lanes: turn navigation, what the overlays mean, and zoom. */
export function ConversationBar({ state, transcript, actions, messages: m, ready }: ConversationBarProps) {
  const part = usePart();
  const turns = transcript ?? [];
  const index = turnIndexAt(turns, state.currentTime);
  const { overlaps, silences } = state.regions;
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
      {state.waveform === 'ready' && (
        <p {...part('legend')}>
          <span {...part('swatch')} data-kind="overlap" aria-hidden="true" />
          {m.overlapLegend} ({overlaps.length})
          <span {...part('swatch')} data-kind="silence" aria-hidden="true" />
          {m.silenceLegend} ({silences.length})
        </p>
      )}
      <span {...part('spacer')} />
      <div {...part('zoom')} role="group" aria-label={fillMessage(m.zoomLevel, { level: state.zoom })}>
        <button type="button" {...part('zoom-out')} aria-label={m.zoomOut} aria-keyshortcuts={ariaShortcuts(['zoom'], '-')} disabled={state.zoom <= 1 || state.waveform === 'loading'} onClick={() => actions.stepZoom(-1)}>
          <ZoomOutIcon />
        </button>
        <span {...part('zoom-level')} aria-hidden="true">{state.zoom}x</span>
        <button type="button" {...part('zoom-in')} aria-label={m.zoomIn} aria-keyshortcuts={ariaShortcuts(['zoom'], '+')} disabled={state.zoom >= state.zoomMax || state.waveform === 'loading' || state.waveform === 'unavailable'} onClick={() => actions.stepZoom(1)}>
          <ZoomInIcon />
        </button>
      </div>
    </div>
  );
}

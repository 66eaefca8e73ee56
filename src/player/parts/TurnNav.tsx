// Turn navigation: the previous and next turn of the root's transcript.
import { useCallback, type HTMLAttributes } from 'react';
import type { TranscriptTurn } from '../../types.js';
import { fillMessage } from '../../format.js';
import { EN_LAYOUT_MESSAGES } from '../../i18n/messages.layout.js';
import { usePart } from '../../theme/parts.js';
import { useCallsMessages } from '../../queries/provider.js';
import { turnIndexAt } from '../conversation.js';
import { isReady, type PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { NextTurnIcon, PreviousTurnIcon } from '../icons.js';
import { ariaShortcuts } from '../shortcuts.js';
import { useOwnPart, withPlayer } from './context.js';

const NO_TURNS: readonly TranscriptTurn[] = [];
const readyOf = (s: PlayerSnapshot) => isReady(s.status);

export type TurnNavProps = HTMLAttributes<HTMLDivElement>;

/** Previous and next turn of the transcript ("5 turns" until playback reaches one, then "Turn 2 of 5"). */
export const TurnNav = /* @__PURE__ */ withPlayer<TurnNavProps, HTMLDivElement>('TurnNav', ({ player: { store, commands, m, turns = NO_TURNS, overrides }, forwardedRef, className, ...rest }) => {
  const part = usePart();
  const layout = useCallsMessages(EN_LAYOUT_MESSAGES, overrides);
  // The turn number, not the time: this re-renders when playback enters another turn.
  const index = useStoreSlice(store, useCallback((s: PlayerSnapshot) => turnIndexAt(turns, s.currentTime), [turns]), -1);
  const ready = useStoreSlice(store, readyOf, false);
  const own = useOwnPart('turn-nav', className);
  if (!turns.length) return null;
  const where = index < 0 ? fillMessage(layout.turnCount, { total: turns.length }) : fillMessage(m.turnPosition, { current: index + 1, total: turns.length });
  return (
    <div role="group" aria-label={where} {...rest} ref={forwardedRef} {...own}>
      <button type="button" {...part('previous-turn')} aria-label={m.previousTurn} aria-keyshortcuts={ariaShortcuts(['turns'], 'p')} disabled={!ready} onClick={() => commands.goToTurn(-1)}>
        <PreviousTurnIcon />
      </button>
      <span {...part('turn-position')} aria-hidden="true">{where}</span>
      <button type="button" {...part('next-turn')} aria-label={m.nextTurn} aria-keyshortcuts={ariaShortcuts(['turns'], 'n')} disabled={!ready} onClick={() => commands.goToTurn(1)}>
        <NextTurnIcon />
      </button>
    </div>
  );
});


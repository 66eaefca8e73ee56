// The compact player of the log's rows, handed to the table by the host (`rowPlayer={CallRowPlayer}`):
// a table without it carries none of this, and with it the player's parts and engine load when a row
// first plays. Its `useRows` hook, called by the table, keeps which call plays and where its parts go.
import { lazy, Suspense, useCallback, useRef, useState, type MouseEvent, type MutableRefObject } from 'react';
import { createPortal } from 'react-dom';
import type { CallsAdapter, CallSummary } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import type { LogWords } from '../i18n/messages.log.js';
import { EN_ROW_PLAYER_MESSAGES, type RowPlayerMessages } from '../i18n/messages.rows.js';
import type { PartProps } from '../theme/parts.js';
import { fillMessage } from '../format.js';
import { PlayIcon } from '../player/icons.js';
import type { PlayerContextValue } from '../player/parts/context.js';
import type { CallFormatters } from './format.js';

const RowPlayer = /* @__PURE__ */ lazy(() => import('./RowPlayer.js').then((m) => ({ default: m.RowPlayer })));

/** What the table hands the row player, each render. */
export interface RowTableInput {
  /** Makes row `index` the active one and gives the grid the focus back. */
  activate(index: number): void;
  m: LogWords;
  format: CallFormatters;
  part(name: string): PartProps;
  adapter: CallsAdapter | undefined;
  messages: Partial<Messages> | undefined;
  locale: string | undefined;
  unstyled: boolean;
  onError: MutableRefObject<((error: Error) => void) | undefined>;
}

interface RowTable extends RowTableInput {
  playing: CallSummary | null;
  setPlaying(call: CallSummary): void;
  slot: HTMLElement | null;
  setSlot(slot: HTMLElement | null): void;
  /** The playing row's player, once it is there. */
  player: MutableRefObject<PlayerContextValue | null>;
}

/** Where a call played from its row was when it was opened. */
export interface RowPlayback {
  /** Seconds. */
  time: number;
  playing: boolean;
}

const when = (t: RowTable, call: CallSummary) => ({ when: t.format.dateTime(call.startedAt) });
// The table's words are the host's (a whole catalog, when given) over its English: ours go under them.
const words = (t: RowTable): RowPlayerMessages => ({ ...EN_ROW_PLAYER_MESSAGES, ...(t.m as Partial<RowPlayerMessages>) });

function play(t: RowTable, call: CallSummary) {
  const player = t.player.current;
  if (player?.callId === call.id) player.commands.toggle();
  else t.setPlaying(call);
}

// A press makes the row active, not open: the grid keeps the focus (and the keys).
const pressed = (t: RowTable, index: number) => (event: MouseEvent<HTMLButtonElement>) => {
  event.stopPropagation();
  t.activate(index);
};

function button(t: RowTable, call: CallSummary, onClick?: (event: MouseEvent<HTMLButtonElement>) => void) {
  // The grid keeps the one tab stop: the button is for the pointer, Space on the row is the keyboard's.
  return (
    <button type="button" tabIndex={-1} {...t.part('row-play')} aria-label={fillMessage(words(t).playCall, when(t, call))} aria-keyshortcuts="Space" disabled={!onClick} data-state={onClick ? undefined : 'loading'} onClick={onClick}>
      <PlayIcon />
    </button>
  );
}

const rowParts = {
  /** A row's Play cell: its button, or the slot the playing call's parts go into. */
  cell(t: RowTable, call: CallSummary, index: number, playing: boolean) {
    if (call.recording !== 'available') return null;
    if (playing) return <span ref={t.setSlot} data-part="row-slot" />;
    const onPress = pressed(t, index);
    return button(t, call, (event) => {
      onPress(event);
      play(t, call);
    });
  },
  /** The playing call's player: its root beside the grid (a row scrolled away keeps playing), its parts in the row. */
  root(t: RowTable, index: number) {
    const { playing: call, slot } = t;
    if (!call) return null;
    index = Math.max(0, index);
    return (
      <Suspense fallback={slot && createPortal(button(t, call), slot)}>
        <RowPlayer
          key={call.id}
          callId={call.id} adapter={t.adapter} messages={t.messages} locale={t.locale} unstyled={t.unstyled} onError={(error) => t.onError.current?.(error)}
          slot={slot}
          playLabel={fillMessage(words(t).playCall, when(t, call))}
          pauseLabel={fillMessage(words(t).pauseCall, when(t, call))}
          onPlayer={(player, here) => {
            if (here) t.player.current = player;
            else if (t.player.current === player) t.player.current = null;
          }}
          onButtonClick={pressed(t, index)}
        />
      </Suspense>
    );
  },
  /** Space on the active row: play or pause its call. */
  key(t: RowTable, call: CallSummary) {
    if (call.recording === 'available') play(t, call);
  },
  /** Opening call `id`: when it is the one played from its row, the row pauses and says where it was. */
  handOff(t: RowTable, id: string | null): RowPlayback | undefined {
    const player = t.player.current;
    if (!player || player.callId !== id) return undefined;
    const { currentTime, intent } = player.store.get();
    player.commands.pause();
    return { time: currentTime, playing: intent === 'play' };
  },
};

/**
 * Give it to `CallLogTable` (or `CallLogs`' `tableProps`) as `rowPlayer` for a Play button on each row
 * with a recording, built from the player's parts: one call plays at a time, its position shows along
 * its row, Space plays or pauses the active row, and opening the call hands on where it was.
 */
export const CallRowPlayer = {
  /** The table's side: which call plays, where its parts go, and what the rows and keys call. */
  useRows(input: RowTableInput) {
    const [playing, setPlaying] = useState<CallSummary | null>(null);
    const [slot, setSlot] = useState<HTMLElement | null>(null);
    const player = useRef<PlayerContextValue | null>(null);
    const table = useRef<RowTable>(null!);
    table.current = { ...input, playing, setPlaying, slot, setSlot, player };
    const { format, m, part } = input;
    // The same function while what a cell shows stays: the memoized rows compare it by identity.
    const cell = useCallback((call: CallSummary, index: number, isPlaying: boolean) => rowParts.cell(table.current, call, index, isPlaying), [format, m, part]);
    return {
      playingId: playing?.id,
      cell,
      root: (index: number) => rowParts.root(table.current, index),
      key: (call: CallSummary) => rowParts.key(table.current, call),
      handOff: (id: string | null) => rowParts.handOff(table.current, id),
    };
  },
};

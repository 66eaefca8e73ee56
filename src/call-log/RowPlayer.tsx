// The compact player of a log row, laid out from the player's parts: Play/Pause in the row's first
// cell and the position as a bar along the row. Its code loads when a row is first played. The root
// sits beside the grid, not in the row: a row that scrolls out of view (rows are virtual) takes its
// button with it, never the playback; the parts come back when the row does.
import { useContext, useEffect, useRef, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import type { CallsAdapter } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { describeDuration, fillMessage } from '../format.js';
import { Root } from '../player/parts/Root.js';
import { PlayButton } from '../player/parts/controls.js';
import { PlayerContext, usePlayer, type PlayerContextValue, type PlayerState } from '../player/parts/context.js';

export interface RowPlayerProps {
  callId: string;
  adapter: CallsAdapter | undefined;
  messages: Partial<Messages> | undefined;
  locale: string | undefined;
  unstyled: boolean;
  onError(error: Error): void;
  /** The playing row's Play cell, while the row is drawn. */
  slot: HTMLElement | null;
  /** The button's name while paused and while playing. */
  playLabel: string;
  pauseLabel: string;
  /** The table keeps the row's player at hand: Space plays it, opening the call hands its position on. */
  onPlayer(player: PlayerContextValue, here: boolean): void;
  onButtonClick(event: MouseEvent<HTMLButtonElement>): void;
}

const playingOf = (s: PlayerState) => s.status === 'playing';
const timeOf = (s: PlayerState) => s.currentTime;
const durationOf = (s: PlayerState) => s.duration;

function Handle({ onPlayer }: Pick<RowPlayerProps, 'onPlayer'>) {
  const player = useContext(PlayerContext);
  const latest = useRef(onPlayer);
  latest.current = onPlayer;
  useEffect(() => {
    if (!player) return;
    latest.current(player, true);
    return () => latest.current(player, false);
  }, [player]);
  return null;
}

function Button({ playLabel, pauseLabel, onButtonClick }: Pick<RowPlayerProps, 'playLabel' | 'pauseLabel' | 'onButtonClick'>) {
  // The grid keeps the one tab stop: the button is for the pointer, Space on the row is the keyboard's.
  return <PlayButton tabIndex={-1} aria-label={usePlayer(playingOf) ? pauseLabel : playLabel} aria-keyshortcuts="Space" onClick={onButtonClick} />;
}

function Progress({ locale }: { locale: string | undefined }) {
  const { m } = useContext(PlayerContext)!;
  const time = usePlayer(timeOf) ?? 0;
  const duration = usePlayer(durationOf) ?? 0;
  return (
    <div
      data-part="row-progress"
      role="progressbar"
      aria-label={m.seek}
      aria-valuemin={0}
      aria-valuemax={Math.max(duration, 0)}
      aria-valuenow={Math.min(time, duration)}
      aria-valuetext={fillMessage(m.seekValueText, { current: describeDuration(time, locale), total: describeDuration(duration, locale) })}
      style={{ ['--tt-row-progress' as string]: duration > 0 ? Math.min(1, time / duration) : 0 }}
    />
  );
}

/** One call's recording, played from its row: it starts at once, since the user just pressed Play. */
export function RowPlayer({ callId, adapter, messages, locale, unstyled, onError, slot, playLabel, pauseLabel, onPlayer, onButtonClick }: RowPlayerProps) {
  return (
    // Only its error (with Retry) shows where the root is, under the grid; the rest is in the row.
    <Root callId={callId} adapter={adapter} messages={messages} locale={locale} unstyled={unstyled} onError={onError} autoPlay role="none" aria-label={undefined} data-row-player="">
      <Handle onPlayer={onPlayer} />
      {slot && createPortal(
        <>
          <Button playLabel={playLabel} pauseLabel={pauseLabel} onButtonClick={onButtonClick} />
          <Progress locale={locale} />
        </>,
        slot,
      )}
    </Root>
  );
}

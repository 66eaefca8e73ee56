// The plain player's controls as parts: each reads the slice of the store it shows (while a call
// plays only the clock and the slider re-render), acts through the player's commands, forwards its
// ref, spreads the host's props on its element and runs the host's handlers before its own.
import { useId, type ButtonHTMLAttributes, type HTMLAttributes, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import { describeDuration, fillMessage, formatClock } from '../../format.js';
import { errorText } from '../../errors.js';
import { usePart } from '../../theme/parts.js';
import { composeHandlers } from '../../shared/composeHandlers.js';
import { joinClasses } from '../../shared/joinClasses.js';
import { isReady, PLAYBACK_RATES, type PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { DownloadIcon, PauseIcon, PlayIcon } from '../icons.js';
import { ProgressText } from '../ProgressText.js';
import { ariaShortcuts } from '../shortcuts.js';
import { useOwnPart, withPlayer } from './context.js';

const statusOf = (s: PlayerSnapshot) => s.status;
const timeOf = (s: PlayerSnapshot) => s.currentTime;
const durationOf = (s: PlayerSnapshot) => s.duration;
const rateOf = (s: PlayerSnapshot) => s.rate;
const downloadProgressOf = (s: PlayerSnapshot) => s.downloadProgress;
const downloadErrorOf = (s: PlayerSnapshot) => s.downloadError;
const neverLoadedOf = (s: PlayerSnapshot) => s.status === 'loading' && s.urlGeneration === 0;
const downloadBlockedOf = (s: PlayerSnapshot) => s.downloadBlocked;

export type PlayButtonProps = ButtonHTMLAttributes<HTMLButtonElement>;

/** Play and Pause in one button; its name says what a press will do. */
export const PlayButton = /* @__PURE__ */ withPlayer<PlayButtonProps, HTMLButtonElement>('PlayButton', ({ player: { store, commands, m }, forwardedRef, className, onClick, children, ...rest }) => {
  const status = useStoreSlice(store, statusOf, 'loading');
  return (
    <button
      type="button"
      aria-label={status === 'playing' ? m.pause : m.play}
      aria-keyshortcuts={ariaShortcuts(['playPause'])}
      {...rest}
      ref={forwardedRef}
      {...useOwnPart('play', className)}
      data-state={status}
      disabled={!isReady(status) || rest.disabled}
      onClick={composeHandlers(onClick, commands.toggle)}
    >
      {children ?? (status === 'playing' ? <PauseIcon /> : <PlayIcon />)}
    </button>
  );
});

export type TimeProps = HTMLAttributes<HTMLSpanElement>;

/** Where playback is and how long the recording is: 1:05 / 3:00. */
export const Time = /* @__PURE__ */ withPlayer<TimeProps, HTMLSpanElement>('Time', ({ player: { store }, forwardedRef, className, ...rest }) => {
  const currentTime = useStoreSlice(store, timeOf, 0);
  const duration = useStoreSlice(store, durationOf, 0);
  return (
    <span dir="ltr" {...rest} ref={forwardedRef} {...useOwnPart('time', className)}>
      {formatClock(currentTime)} / {formatClock(duration)}
    </span>
  );
});

export type SeekProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'min' | 'max'>;

/** The position along the recording, as a slider (arrows move 5 s, Page keys 15 s). */
export const Seek = /* @__PURE__ */ withPlayer<SeekProps, HTMLInputElement>('Seek', ({ player: { store, commands, m, locale }, forwardedRef, className, onChange, ...rest }) => {
  const currentTime = useStoreSlice(store, timeOf, 0);
  const duration = useStoreSlice(store, durationOf, 0);
  const ready = isReady(useStoreSlice(store, statusOf, 'loading'));
  const valueText = fillMessage(m.seekValueText, { current: describeDuration(currentTime, locale), total: describeDuration(duration, locale) });
  return (
    <input
      dir="ltr"
      aria-label={m.seek}
      aria-valuetext={valueText}
      aria-keyshortcuts={ariaShortcuts(['skip', 'skipLong', 'startEnd'])}
      {...rest}
      ref={forwardedRef}
      type="range"
      {...useOwnPart('seek', className)}
      min={0}
      max={Math.max(duration, 0)}
      step="any"
      value={Math.min(currentTime, duration || currentTime)}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration * 100) / 100}
      aria-valuenow={Math.round(currentTime * 100) / 100}
      disabled={!ready || rest.disabled}
      onChange={composeHandlers(onChange, (e) => commands.seek(Number(e.currentTarget.value)))}
    />
  );
});

export type SpeedProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value'>;

/** The playback speed, 0.5x to 2x. */
export const Speed = /* @__PURE__ */ withPlayer<SpeedProps, HTMLSelectElement>('Speed', ({ player: { store, commands, m }, forwardedRef, className, onChange, ...rest }) => {
  const rate = useStoreSlice(store, rateOf, 1);
  return (
    <select aria-label={m.playbackSpeed} {...rest} ref={forwardedRef} {...useOwnPart('speed', className)} value={String(rate)} onChange={composeHandlers(onChange, (e) => commands.setRate(Number(e.currentTarget.value)))}>
      {PLAYBACK_RATES.map((r) => <option key={r} value={String(r)}>{r}x</option>)}
    </select>
  );
});

export type DownloadStatusProps = HTMLAttributes<HTMLSpanElement>;

/** How far a download is, or why it failed; nothing when no download runs. */
export const DownloadStatus = /* @__PURE__ */ withPlayer<DownloadStatusProps, HTMLSpanElement>('DownloadStatus', ({ player: { store, m }, forwardedRef, className, ...rest }) => {
  const progress = useStoreSlice(store, downloadProgressOf, null);
  const error = useStoreSlice(store, downloadErrorOf, null);
  const partWith = useOwnPart(error ? 'download-error' : 'download-progress', className);
  if (error) return <span role="alert" {...rest} ref={forwardedRef} {...partWith}>{errorText(error, m)}</span>;
  if (progress === null) return null;
  return (
    <span {...rest} ref={forwardedRef} {...partWith}>
      <ProgressText fraction={progress} text={(percent) => fillMessage(m.downloading, { percent })} />
    </span>
  );
});

export type DownloadProps = ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * Saves the recording as `<callId>.mp3`. Where Download is withheld (a legal hold, muted redactions)
 * the button is disabled and the reason sits beside it.
 */
export const Download = /* @__PURE__ */ withPlayer<DownloadProps, HTMLButtonElement>('Download', ({ player: { store, commands, m }, forwardedRef, className, onClick, children, ...rest }) => {
  const busy = useStoreSlice(store, downloadProgressOf, null) !== null;
  const neverLoaded = useStoreSlice(store, neverLoadedOf, true);
  const blocked = useStoreSlice(store, downloadBlockedOf, null);
  const reasonId = useId();
  const reason = usePart()('download-blocked');
  return (
    <>
      <button
        type="button"
        aria-label={m.download}
        {...rest}
        ref={forwardedRef}
        {...useOwnPart('download', className)}
        aria-busy={busy}
        aria-describedby={joinClasses(rest['aria-describedby'], blocked !== null ? reasonId : undefined)}
        disabled={neverLoaded || blocked !== null || rest.disabled}
        data-blocked={blocked !== null ? '' : undefined}
        onClick={composeHandlers(onClick, () => void commands.download())}
      >
        {children ?? <DownloadIcon />}
      </button>
      {blocked !== null && <span id={reasonId} {...reason}>{blocked ? fillMessage(m.downloadBlocked, { reason: blocked }) : m.downloadBlockedNoReason}</span>}
    </>
  );
});

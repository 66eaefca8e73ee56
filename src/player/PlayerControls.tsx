// The player's controls, each subscribed to the slice of the store it shows: while a call plays, only
// the clock and the slider re-render (a few times a second), not the player around them.
import { memo, useId, type ReactNode } from 'react';
import type { PlayerWords } from '../theme/messages.js';
import { describeDuration, fillMessage, formatClock } from '../format.js';
import { errorText } from '../errors.js';
import { usePart } from '../theme/parts.js';
import type { Store } from './engine/store.js';
import { useStoreSlice } from './engine/store.js';
import { isReady, PLAYBACK_RATES, type PlayerSnapshot } from './engine/state.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { DownloadIcon, PauseIcon, PlayIcon } from './icons.js';
import { ProgressText } from './ProgressText.js';
import { ariaShortcuts } from './shortcuts.js';

type PlayerStore = Store<PlayerSnapshot>;

interface SliceProps {
  store: PlayerStore;
  commands: PlayerCommands;
  m: PlayerWords;
}

const statusOf = (s: PlayerSnapshot) => s.status;
const timeOf = (s: PlayerSnapshot) => s.currentTime;
const durationOf = (s: PlayerSnapshot) => s.duration;
const rateOf = (s: PlayerSnapshot) => s.rate;
const downloadProgressOf = (s: PlayerSnapshot) => s.downloadProgress;
const downloadErrorOf = (s: PlayerSnapshot) => s.downloadError;
const neverLoadedOf = (s: PlayerSnapshot) => s.status === 'loading' && s.urlGeneration === 0;
const downloadBlockedOf = (s: PlayerSnapshot) => s.downloadBlocked;
const waveformOf = (s: PlayerSnapshot) => s.waveform;
const waveformProgressOf = (s: PlayerSnapshot) => s.waveformProgress;

export const SeekSlider = memo(function SeekSlider({ store, commands, m, locale }: SliceProps & { locale: string | undefined }) {
  const part = usePart();
  const currentTime = useStoreSlice(store, timeOf, 0);
  const duration = useStoreSlice(store, durationOf, 0);
  const ready = isReady(useStoreSlice(store, statusOf, 'loading'));
  const valueText = fillMessage(m.seekValueText, { current: describeDuration(currentTime, locale), total: describeDuration(duration, locale) });
  return (
    <input
      type="range"
      {...part('seek')}
      dir="ltr"
      aria-label={m.seek}
      min={0}
      max={Math.max(duration, 0)}
      step="any"
      value={Math.min(currentTime, duration || currentTime)}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration * 100) / 100}
      aria-valuenow={Math.round(currentTime * 100) / 100}
      aria-valuetext={valueText}
      aria-keyshortcuts={ariaShortcuts(['skip', 'skipLong', 'startEnd'])}
      disabled={!ready}
      onChange={(e) => commands.seek(Number(e.currentTarget.value))}
    />
  );
});

export const PlayButton = memo(function PlayButton({ store, commands, m }: SliceProps) {
  const part = usePart();
  const status = useStoreSlice(store, statusOf, 'loading');
  return (
    <button
      type="button"
      {...part('play')}
      aria-label={status === 'playing' ? m.pause : m.play}
      aria-keyshortcuts={ariaShortcuts(['playPause'])}
      disabled={!isReady(status)}
      onClick={commands.toggle}
    >
      {status === 'playing' ? <PauseIcon /> : <PlayIcon />}
    </button>
  );
});

export const TimeText = memo(function TimeText({ store }: { store: PlayerStore }) {
  const part = usePart();
  const currentTime = useStoreSlice(store, timeOf, 0);
  const duration = useStoreSlice(store, durationOf, 0);
  return (
    <span {...part('time')} dir="ltr">
      {formatClock(currentTime)} / {formatClock(duration)}
    </span>
  );
});

export const SpeedSelect = memo(function SpeedSelect({ store, commands, m }: SliceProps) {
  const part = usePart();
  const rate = useStoreSlice(store, rateOf, 1);
  return (
    <select {...part('speed')} aria-label={m.playbackSpeed} value={String(rate)} onChange={(e) => commands.setRate(Number(e.currentTarget.value))}>
      {PLAYBACK_RATES.map((r) => <option key={r} value={String(r)}>{r}x</option>)}
    </select>
  );
});

/** Download progress and failure, before the spacer's far side: `children` sit between them and the button. */
export const DownloadState = memo(function DownloadState({ store, m }: { store: PlayerStore; m: PlayerWords }) {
  const part = usePart();
  const progress = useStoreSlice(store, downloadProgressOf, null);
  const error = useStoreSlice(store, downloadErrorOf, null);
  return (
    <>
      {progress !== null && (
        <span {...part('download-progress')}>
          <ProgressText fraction={progress} text={(percent) => fillMessage(m.downloading, { percent })} />
        </span>
      )}
      {error && <span {...part('download-error')} role="alert">{errorText(error, m)}</span>}
    </>
  );
});

export const DownloadButton = memo(function DownloadButton({ store, commands, m }: SliceProps) {
  const part = usePart();
  const busy = useStoreSlice(store, downloadProgressOf, null) !== null;
  const neverLoaded = useStoreSlice(store, neverLoadedOf, true);
  const blocked = useStoreSlice(store, downloadBlockedOf, null);
  const reasonId = useId();
  return (
    <>
      <button type="button" {...part('download')} aria-label={m.download} aria-busy={busy} aria-describedby={blocked !== null ? reasonId : undefined} disabled={neverLoaded || blocked !== null} data-blocked={blocked !== null ? '' : undefined} onClick={() => void commands.download()}>
        <DownloadIcon />
      </button>
      {blocked !== null && <span id={reasonId} {...part('download-blocked')}>{blocked ? fillMessage(m.downloadBlocked, { reason: blocked }) : m.downloadBlockedNoReason}</span>}
    </>
  );
});

/** What the lanes are doing when they are not simply drawn: a skeleton, why they are missing, streaming. */
export const WaveformNotes = memo(function WaveformNotes({ store, m, error }: { store: PlayerStore; m: PlayerWords; error: boolean }): ReactNode {
  const part = usePart();
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const progress = useStoreSlice(store, waveformProgressOf, null);
  return (
    <>
      {waveform === 'loading' && <div {...part('skeleton')} />}
      {waveform === 'unavailable' && !error && <p {...part('waveform-note')}>{m.waveformUnavailable}</p>}
      {waveform === 'streaming' && progress !== null && (
        <p {...part('waveform-progress')}>
          <ProgressText fraction={progress} text={(percent) => fillMessage(m.waveformStreaming, { percent })} />
        </p>
      )}
    </>
  );
});

// The imperative core of the player: one media element, one wavesurfer instance, and the rules that
// keep a signed URL working. React only creates it, reads its snapshot and destroys it.
import WaveSurfer from 'wavesurfer.js';
import type { RecordingSource } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { fillMessage } from '../format.js';
import { msUntilRefresh } from '../signed-url/expiry.js';
import {
  canRefresh, DEFAULT_REFRESH_GUARD, initialGuard, recordFailure, recordRefresh, recordSuccess, type RefreshGuardOptions,
} from '../signed-url/refreshGuard.js';
import { PlayerError } from './errors.js';
import { fetchAudio, StorageStatusError } from './fetchAudio.js';
import { saveBlob } from '../shared/saveBlob.js';
import { decodePeaks, orderByCaller, sessionPeaks, type ChannelPeaks } from './peaks.js';

export type PlayerStatus = 'loading' | 'paused' | 'playing' | 'error';

export interface PlayerSnapshot {
  status: PlayerStatus;
  currentTime: number;
  duration: number;
  rate: number;
  waveform: 'loading' | 'ready' | 'unavailable' | 'too-long';
  error: Error | null;
  /** 0..1 while a download runs, else null. */
  downloadProgress: number | null;
  downloadError: string | null;
  /** How many signed URLs the media element has used; grows with each refresh. */
  urlGeneration: number;
}

export interface LaneColors {
  caller: string;
  callerProgress: string;
  assistant: string;
  assistantProgress: string;
  cursor: string;
}

export interface PlayerEngineOptions {
  container: HTMLElement;
  callId: string;
  source: RecordingSource;
  /** Asks the adapter for a new signed URL (never from cache). */
  fetchFreshSource: () => Promise<RecordingSource | null>;
  peaksKey: string;
  colors: LaneColors;
  laneHeight: number;
  messages: Messages;
  onError: (error: Error) => void;
  onTimeUpdate: (seconds: number) => void;
  guard?: RefreshGuardOptions;
}

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/**
 * Without peaks, drawing means downloading and decoding the whole file; past this length that costs
 * hundreds of MB and can crash a tab, so longer recordings play without a waveform instead.
 */
export const MAX_DECODE_SECONDS = 20 * 60;

const INITIAL: PlayerSnapshot = {
  status: 'loading', currentTime: 0, duration: 0, rate: 1, waveform: 'loading', error: null,
  downloadProgress: null, downloadError: null, urlGeneration: 0,
};

export const initialSnapshot = (duration = 0): PlayerSnapshot => ({ ...INITIAL, duration });

const safeFileName = (callId: string) => `${callId.replace(/[\\/:*?"<>|\s]+/g, '_')}.mp3`;

interface HeldSource {
  source: RecordingSource;
  issuedAt: number;
}

export class PlayerEngine {
  private snapshot: PlayerSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private readonly audio: HTMLAudioElement;
  private readonly ws: WaveSurfer;
  private readonly abort = new AbortController();
  private current: HeldSource;
  private pending: HeldSource | null = null;
  private intent: 'play' | 'pause' = 'pause';
  private restoreAt: number | null = null;
  private metadataSeen = false;
  private guard = initialGuard();
  private refreshing: Promise<RecordingSource | null> | null = null;
  private destroyed = false;
  private lastReportedTime = -1;

  constructor(private readonly options: PlayerEngineOptions) {
    this.snapshot = initialSnapshot(options.source.durationSeconds ?? 0);
    this.current = { source: options.source, issuedAt: Date.now() };
    const audio = document.createElement('audio');
    audio.preload = 'auto';
    audio.preservesPitch = true;
    this.audio = audio;
    const { colors } = options;
    this.ws = WaveSurfer.create({
      container: options.container,
      media: audio,
      height: options.laneHeight,
      splitChannels: [
        { waveColor: colors.caller, progressColor: colors.callerProgress },
        { waveColor: colors.assistant, progressColor: colors.assistantProgress },
      ],
      cursorColor: colors.cursor,
      cursorWidth: 2,
      normalize: true,
      interact: true,
      dragToSeek: true,
      hideScrollbar: true,
      autoScroll: false,
    });
    this.listenToMedia();
    this.cleanups.push(this.ws.on('timeupdate', (t) => this.onTime(t)));
    this.cleanups.push(this.ws.on('interaction', (t) => this.seek(t)));
    audio.src = options.source.url;
    this.update({ urlGeneration: 1 });
    void this.loadWaveform();
  }

  // ---- store ---------------------------------------------------------------------------------
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlayerSnapshot => this.snapshot;

  private update(partial: Partial<PlayerSnapshot>): void {
    if (this.destroyed) return;
    const next = { ...this.snapshot, ...partial };
    next.status = next.error ? 'error' : !this.metadataSeen ? 'loading' : this.intent === 'play' ? 'playing' : 'paused';
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  // ---- media events --------------------------------------------------------------------------
  private listenToMedia(): void {
    const { audio } = this;
    const on = (event: string, handler: () => void) => {
      audio.addEventListener(event, handler);
      this.cleanups.push(() => audio.removeEventListener(event, handler));
    };
    on('loadedmetadata', () => {
      this.metadataSeen = true;
      if (this.restoreAt !== null) {
        // A new src resets position and rate: put both back, then resume if the user was playing.
        if (Math.abs(audio.currentTime - this.restoreAt) > 0.05) audio.currentTime = this.restoreAt;
        this.restoreAt = null;
        this.applyRate(this.snapshot.rate);
        if (this.intent === 'play') this.startPlayback();
      }
      const duration = this.options.source.durationSeconds ?? (Number.isFinite(audio.duration) ? audio.duration : 0);
      this.update({ duration: this.snapshot.duration || duration });
    });
    on('canplay', () => {
      this.guard = recordSuccess(this.guard);
    });
    on('play', () => {
      this.intent = 'play';
      this.update({});
    });
    on('pause', () => {
      // A pause caused by swapping the src is not the user's.
      if (this.restoreAt !== null) return;
      this.intent = 'pause';
      this.update({});
      if (this.pending) this.swapTo(this.pending);
    });
    on('ended', () => {
      this.intent = 'pause';
      this.update({});
    });
    on('timeupdate', () => this.onTime(audio.currentTime));
    on('error', () => void this.onMediaError());
  }

  private onTime(seconds: number): void {
    if (this.restoreAt !== null) return;
    if (Math.abs(seconds - this.snapshot.currentTime) < 0.05) return;
    this.update({ currentTime: seconds });
    if (Math.abs(seconds - this.lastReportedTime) >= 0.1) {
      this.lastReportedTime = seconds;
      this.options.onTimeUpdate(seconds);
    }
  }

  private async onMediaError(): Promise<void> {
    if (this.destroyed || this.snapshot.error) return;
    this.guard = recordFailure(this.guard);
    const fresh = await this.refresh();
    if (fresh) this.swapTo({ source: fresh, issuedAt: Date.now() });
  }

  // ---- signed URLs ---------------------------------------------------------------------------
  /** A newer URL from the query layer; used at once unless swapping now would interrupt playback. */
  offerSource(source: RecordingSource): void {
    if (this.destroyed || this.snapshot.error) return;
    if (source.url === this.current.source.url || source.url === this.pending?.source.url) return;
    const held = { source, issuedAt: Date.now() };
    if (this.intent === 'play' && this.fullyBuffered()) {
      this.pending = held; // the browser needs no more bytes; swap at the next pause or seek
    } else {
      this.swapTo(held);
    }
  }

  private fullyBuffered(): boolean {
    const { buffered, duration } = this.audio;
    return Number.isFinite(duration) && buffered.length === 1 && buffered.start(0) <= 0.1 && buffered.end(0) >= duration - 0.1;
  }

  private swapTo(held: HeldSource, at = this.audio.currentTime || this.snapshot.currentTime): void {
    if (this.destroyed) return;
    this.pending = null;
    this.current = held;
    this.restoreAt = at;
    const { audio } = this;
    audio.src = held.source.url; // opaque: never modified
    audio.currentTime = at; // kept as the start position until the new metadata arrives
    this.applyRate(this.snapshot.rate);
    this.update({ urlGeneration: this.snapshot.urlGeneration + 1, currentTime: at });
  }

  private refresh(): Promise<RecordingSource | null> {
    if (this.refreshing) return this.refreshing; // one refresh in flight
    const verdict = canRefresh(this.guard, Date.now(), this.options.guard ?? DEFAULT_REFRESH_GUARD);
    if (!verdict.ok) {
      void this.failWithDiagnosis(verdict.reason);
      return Promise.resolve(null);
    }
    this.guard = recordRefresh(this.guard, Date.now());
    this.refreshing = this.options
      .fetchFreshSource()
      .then((source) => {
        if (!source) throw new PlayerError('storage-missing', fillMessage(this.options.messages.storageMissing, { status: 404 }));
        return source;
      })
      .catch((error: unknown) => {
        if (!this.abort.signal.aborted) this.fail(error instanceof Error ? error : new Error(String(error)));
        return null;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** A URL that is still good for a fresh request, refreshed first when it is about to expire. */
  private async usableSource(): Promise<RecordingSource | null> {
    const held = this.pending ?? this.current;
    if (msUntilRefresh(held.source.expiresAt, held.issuedAt, Date.now()) > 0) return held.source;
    const fresh = await this.refresh();
    if (fresh) this.offerSource(fresh);
    return fresh;
  }

  /** Fetches the recording's bytes, asking for a new URL when storage answers 401/403. */
  private async fetchBytes(onProgress?: (fraction: number) => void): Promise<Blob> {
    for (;;) {
      const source = await this.usableSource();
      if (!source) throw this.snapshot.error ?? new PlayerError('refresh-limit', this.options.messages.refreshLimit);
      try {
        return await fetchAudio(source.url, this.abort.signal, onProgress);
      } catch (error) {
        if (!(error instanceof StorageStatusError) || (error.status !== 403 && error.status !== 401)) throw error;
        this.guard = recordFailure(this.guard);
        const fresh = await this.refresh();
        if (!fresh) throw this.snapshot.error ?? error;
        this.offerSource(fresh);
      }
    }
  }

  // ---- waveform ------------------------------------------------------------------------------
  private async loadWaveform(): Promise<void> {
    const { source, peaksKey } = this.options;
    try {
      let peaks: ChannelPeaks;
      let duration = source.durationSeconds;
      if (source.peaks) {
        peaks = orderByCaller(source.peaks.map((p) => Float32Array.from(p)), source.callerChannel);
      } else {
        let decoded = sessionPeaks.get(peaksKey);
        if (!decoded && (duration ?? (await this.metadataDuration())) > MAX_DECODE_SECONDS) {
          this.update({ waveform: 'too-long' });
          return;
        }
        if (!decoded) {
          const blob = await this.fetchBytes();
          decoded = await decodePeaks(await blob.arrayBuffer(), source.callerChannel);
          sessionPeaks.set(peaksKey, decoded);
        }
        peaks = decoded.peaks;
        duration ??= decoded.duration;
      }
      if (this.destroyed) return;
      duration ??= await this.metadataDuration();
      await this.ws.load(this.audio.src, peaks, duration);
      this.update({ waveform: 'ready', duration: this.snapshot.duration || duration });
    } catch (error) {
      if (this.destroyed || this.abort.signal.aborted || (error as Error)?.name === 'AbortError') return;
      this.update({ waveform: 'unavailable' });
      if (!this.snapshot.error) {
        this.options.onError(new PlayerError('waveform', this.options.messages.waveformUnavailable, { cause: error }));
      }
    }
  }

  private metadataDuration(): Promise<number> {
    if (this.metadataSeen && Number.isFinite(this.audio.duration)) return Promise.resolve(this.audio.duration);
    return new Promise((resolve) => {
      const done = () => resolve(Number.isFinite(this.audio.duration) ? this.audio.duration : 0);
      this.audio.addEventListener('loadedmetadata', done, { once: true });
      this.cleanups.push(() => this.audio.removeEventListener('loadedmetadata', done));
    });
  }

  // ---- failure -------------------------------------------------------------------------------
  private fail(error: Error): void {
    if (this.destroyed || this.snapshot.error) return;
    this.intent = 'pause';
    this.audio.pause();
    this.update({ error });
    this.options.onError(error);
  }

  /** After repeated failures, ask the storage once what is wrong, so the message can say it. */
  private async failWithDiagnosis(reason: 'rate' | 'failures'): Promise<void> {
    const m = this.options.messages;
    let error = new PlayerError('refresh-limit', m.refreshLimit);
    try {
      const response = await fetch(this.current.source.url, { headers: { Range: 'bytes=0-1' }, signal: this.abort.signal, credentials: 'omit' });
      if (response.status === 401 || response.status === 403) error = new PlayerError('storage-refused', fillMessage(m.storageRefused, { status: response.status }));
      else if (response.status === 404) error = new PlayerError('storage-missing', fillMessage(m.storageMissing, { status: 404 }));
      else if (response.ok && reason === 'failures') error = new PlayerError('not-playable', m.notPlayable);
    } catch (cause) {
      if (this.abort.signal.aborted) return;
      error = new PlayerError('storage-unreachable', m.storageUnreachable, { cause });
    }
    this.fail(error);
  }

  // ---- actions -------------------------------------------------------------------------------
  private startPlayback(): void {
    this.audio.play().catch((error: unknown) => {
      // Autoplay refusal or an interrupted load: the media 'error' event handles real failures.
      if ((error as Error)?.name === 'NotAllowedError') {
        this.intent = 'pause';
        this.update({});
      }
    });
  }

  play = (): void => {
    if (this.snapshot.error || this.destroyed) return;
    this.intent = 'play';
    this.update({});
    if (this.pending) this.swapTo(this.pending);
    else if (this.restoreAt === null) this.startPlayback();
  };

  pause = (): void => {
    this.intent = 'pause';
    this.audio.pause();
    this.update({});
  };

  toggle = (): void => (this.intent === 'play' ? this.pause() : this.play());

  seek = (seconds: number): void => {
    if (this.snapshot.error || this.destroyed) return;
    const duration = this.snapshot.duration || this.audio.duration || 0;
    const to = Math.min(Math.max(0, seconds), Number.isFinite(duration) && duration > 0 ? duration : Math.max(0, seconds));
    if (this.pending) return this.swapTo(this.pending, to);
    if (this.restoreAt !== null) this.restoreAt = to;
    this.audio.currentTime = to;
    this.update({ currentTime: to });
    this.options.onTimeUpdate(to);
  };

  skip = (delta: number): void => this.seek(this.snapshot.currentTime + delta);

  private applyRate(rate: number): void {
    // A new src resets playbackRate to defaultPlaybackRate, so both are set.
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
    this.audio.preservesPitch = true;
  }

  setRate = (rate: number): void => {
    if (!PLAYBACK_RATES.includes(rate as (typeof PLAYBACK_RATES)[number])) return;
    this.applyRate(rate);
    this.update({ rate });
  };

  stepRate = (direction: 1 | -1): void => {
    const index = PLAYBACK_RATES.indexOf(this.snapshot.rate as (typeof PLAYBACK_RATES)[number]);
    const next = PLAYBACK_RATES[Math.min(PLAYBACK_RATES.length - 1, Math.max(0, (index === -1 ? 2 : index) + direction))]!;
    this.setRate(next);
  };

  download = async (): Promise<void> => {
    if (this.snapshot.downloadProgress !== null || this.destroyed) return;
    this.update({ downloadProgress: 0, downloadError: null });
    const name = safeFileName(this.options.callId);
    try {
      const blob = await this.fetchBytes((fraction) => this.update({ downloadProgress: fraction }));
      if (this.destroyed) return;
      const release = saveBlob(blob, name);
      // The browser reads the object URL when the download starts; release it shortly after.
      const timer = setTimeout(release, 5_000);
      this.cleanups.push(() => {
        clearTimeout(timer);
        release();
      });
      this.update({ downloadProgress: null });
    } catch (error) {
      if (this.destroyed || this.abort.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.update({ downloadProgress: null, downloadError: fillMessage(this.options.messages.downloadFailed, { reason }) });
      this.options.onError(new PlayerError('download', reason, { cause: error }));
    }
  };

  /** Releases everything: listeners, fetches, timers, the wavesurfer instance and the media element. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.ws.destroy();
    this.audio.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
    this.listeners.clear();
  }
}

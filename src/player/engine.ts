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
import { bucketsFor, decodePeaks, orderByCaller, sessionPeaks, type ChannelPeaks, type DecodedPeaks } from './peaks.js';
import type { DecoderKind } from './stream/streamPeaks.js';
import type { TranscriptTurn } from '../types.js';
import { corsReadable, DEFAULT_MIX, ListeningGraph, routingGains, toggleMix, type Mix, type Speaker, type SpeakerMix } from './listening.js';
import { conversationRegions, type ConversationRegions } from './conversation.js';
import { ConversationOverlays, type OverlayColors } from './overlays.js';
import { stepZoom, zoomLevels } from './zoom.js';

export type PlayerStatus = 'loading' | 'paused' | 'playing' | 'error';

export interface PlayerSnapshot {
  status: PlayerStatus;
  currentTime: number;
  duration: number;
  rate: number;
  /** `streaming`: long recording, lanes filling in from a stream (see `waveformProgress`). */
  waveform: 'loading' | 'streaming' | 'ready' | 'unavailable';
  /** 0..1 of the recording drawn while `waveform` is `streaming`, else null. */
  waveformProgress: number | null;
  error: Error | null;
  /** 0..1 while a download runs, else null. */
  downloadProgress: number | null;
  downloadError: string | null;
  /** How many signed URLs the media element has used; grows with each refresh. */
  urlGeneration: number;
  /** Whether per-speaker listening can work: it needs CORS-readable audio and two channels. */
  listening: 'checking' | 'available' | 'cors-blocked' | 'mono' | 'unsupported';
  mix: Mix;
  /** The gains set on the audio graph, [ch0→L, ch0→R, ch1→L, ch1→R]; null until the graph exists. */
  gains: readonly number[] | null;
  /** Multiple of "whole call fits". */
  zoom: number;
  /** The deepest zoom that still shows more detail. */
  zoomMax: number;
  regions: ConversationRegions;
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
  colors: LaneColors & OverlayColors;
  laneHeight: number;
  messages: Messages;
  onError: (error: Error) => void;
  onTimeUpdate: (seconds: number) => void;
  guard?: RefreshGuardOptions;
  /** Recordings longer than this (seconds) without peaks are streamed into peaks. */
  streamPeaksAfter?: number;
  /** Which decoder streams peaks first; the other is the fallback. */
  preferDecoder?: DecoderKind;
}

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/**
 * Without peaks, recordings up to this length are fetched and decoded whole (a 5-minute call is a few
 * MB, decoded at 8 kHz). Longer ones are streamed into peaks frame by frame, so memory stays bounded by
 * the number of peaks whatever the length; decoding them whole would take hundreds of MB.
 */
export const STREAM_PEAKS_AFTER_SECONDS = 5 * 60;


const INITIAL: PlayerSnapshot = {
  status: 'loading', currentTime: 0, duration: 0, rate: 1, waveform: 'loading', waveformProgress: null, error: null,
  downloadProgress: null, downloadError: null, urlGeneration: 0,
  listening: 'checking', mix: DEFAULT_MIX, gains: null, zoom: 1, zoomMax: 1, regions: { overlaps: [], silences: [] },
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
  /** Peaks on screen, caller first; conversation regions are computed from them. */
  private peaks: ChannelPeaks | null = null;
  private channels = 2;
  private corsReadable: boolean | null = null;
  private graphFailed = false;
  private readonly overlays: ConversationOverlays;
  private graph: ListeningGraph | null = null;
  private turns: readonly TranscriptTurn[] = [];

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
    this.overlays = new ConversationOverlays(this.ws, colors);
    this.listenToMedia();
    this.cleanups.push(this.ws.on('timeupdate', (t) => this.onTime(t)));
    this.cleanups.push(this.ws.on('interaction', (t) => this.seek(t)));
    this.listenToWheel(options.container);
    // Only now: wavesurfer would fetch and decode a src it finds on its media element at creation.
    this.start();
    void this.loadWaveform();
  }

  /**
   * Starts loading at once with CORS asked for, so per-speaker listening can read the samples. Storage
   * that sends no CORS headers refuses such a load: then the media is loaded again without it
   * (listening off, playback unaffected); see onMediaError.
   */
  private start(): void {
    if (typeof AudioContext !== 'undefined') this.audio.crossOrigin = 'anonymous';
    else this.corsReadable = false;
    this.audio.src = this.current.source.url;
    this.update({ urlGeneration: 1, listening: this.listeningState() });
  }

  /** Resolves once the media can play, or after `maxMs`: the waveform's own download waits for it. */
  private mediaFirst(maxMs = 1500): Promise<void> {
    if (this.audio.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.audio.removeEventListener('canplay', done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.audio.addEventListener('canplay', done);
      this.cleanups.push(done);
    });
  }

  private listeningState(): PlayerSnapshot['listening'] {
    if (typeof AudioContext === 'undefined' || this.graphFailed) return 'unsupported';
    if (this.corsReadable === null) return 'checking';
    if (!this.corsReadable) return 'cors-blocked';
    return this.channels === 1 ? 'mono' : 'available';
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
      if (this.corsReadable === null && this.audio.crossOrigin !== null) {
        this.corsReadable = true; // a CORS load succeeded: the samples are readable
        this.update({ listening: this.listeningState() });
      }
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
    if (this.audio.crossOrigin !== null && this.corsReadable !== true) {
      // Refused for want of CORS headers, or for the URL? Ask once; without CORS, load it plainly.
      const readable = await corsReadable(this.current.source.url, this.abort.signal);
      if (this.destroyed) return;
      this.corsReadable = readable;
      this.update({ listening: this.listeningState() });
      if (!readable) {
        this.audio.removeAttribute('crossorigin');
        this.swapTo(this.current);
        return;
      }
    }
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
        if (!decoded) {
          const length = duration ?? (await this.metadataDuration());
          // First audio first: the waveform's own download waits until the media can play.
          await this.mediaFirst();
          if (this.destroyed) return;
          if (length > (this.options.streamPeaksAfter ?? STREAM_PEAKS_AFTER_SECONDS)) return await this.streamWaveform(length);
          const blob = await this.fetchBytes();
          decoded = await decodePeaks(await blob.arrayBuffer(), source.callerChannel);
          sessionPeaks.set(peaksKey, decoded);
        }
        peaks = decoded.peaks;
        this.setChannels(decoded.channels);
        duration ??= decoded.duration;
      }
      if (this.destroyed) return;
      duration ??= await this.metadataDuration();
      await this.drawPeaks(peaks, duration);
      this.update({ waveform: 'ready', waveformProgress: null, duration: this.snapshot.duration || duration });
    } catch (error) {
      this.waveformFailed(error);
    }
  }

  private waveformFailed(error: unknown): void {
    if (this.destroyed || this.abort.signal.aborted || (error as Error)?.name === 'AbortError') return;
    this.update({ waveform: 'unavailable', waveformProgress: null });
    if (!this.snapshot.error) {
      this.options.onError(new PlayerError('waveform', this.options.messages.waveformUnavailable, { cause: error }));
    }
  }

  private drawn = false;
  private peaksDuration = 0;
  private async drawPeaks(peaks: ChannelPeaks, duration: number): Promise<void> {
    this.peaks = peaks;
    this.peaksDuration = duration;
    this.drawn = true;
    // Same src: wavesurfer keeps the media element as it is and only draws the new peaks.
    await this.ws.load(this.audio.src, peaks, duration);
    this.drawRegions();
    this.update({ zoomMax: Math.max(...zoomLevels(this.fitPxPerSecond())) });
  }

  /** Long recording without peaks: playback streams at once while the lanes fill in from a worker. */
  private async streamWaveform(duration: number): Promise<void> {
    const { source, peaksKey } = this.options;
    const buckets = bucketsFor(duration);
    this.update({ waveform: 'streaming', waveformProgress: 0 });
    await this.drawPeaks([new Float32Array(buckets * 2), new Float32Array(buckets * 2)], duration);
    // Loaded on demand: most recordings come with peaks or are short, and never need this code.
    const { streamPeaksAnywhere } = await import('./stream/peaksStream.js');
    if (this.destroyed) return;
    const result = await streamPeaksAnywhere({
      duration,
      buckets,
      signal: this.abort.signal,
      getUrl: async (refused) => {
        if (!refused) return (await this.usableSource())?.url ?? null;
        this.guard = recordFailure(this.guard);
        const fresh = await this.refresh();
        if (fresh) this.offerSource(fresh);
        return fresh?.url ?? null;
      },
      onProgress: (channels, reached) => {
        if (this.destroyed) return;
        void this.drawPeaks(orderByCaller(channels, source.callerChannel), duration);
        this.update({ waveformProgress: Math.min(1, reached / duration) });
      },
    }, this.options.preferDecoder);
    if (this.destroyed) return;
    const decoded: DecodedPeaks = { peaks: orderByCaller(result.peaks, source.callerChannel), duration, channels: result.channels };
    sessionPeaks.set(peaksKey, decoded);
    this.setChannels(result.channels);
    this.update({ waveform: 'ready', waveformProgress: null });
    await this.drawPeaks(decoded.peaks, duration);
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

  // ---- listening -----------------------------------------------------------------------------
  private setChannels(channels: number): void {
    this.channels = channels;
    this.update({ listening: this.listeningState() });
  }

  /** Mutes or solos a speaker; the first use builds the audio graph (it needs this user gesture). */
  toggleMix = (speaker: Speaker, what: keyof SpeakerMix): void => {
    if (this.snapshot.listening !== 'available' || this.destroyed) return;
    const mix = toggleMix(this.snapshot.mix, speaker, what);
    try {
      this.graph ??= new ListeningGraph(this.audio);
    } catch (error) {
      this.graphFailed = true;
      this.update({ listening: this.listeningState() });
      this.options.onError(new PlayerError('listening', this.options.messages.listeningUnsupported, { cause: error }));
      return;
    }
    const gains = routingGains(mix, this.options.source.callerChannel ?? 0);
    this.graph.apply(gains);
    this.update({ mix, gains });
  };

  /** New theme colours for the lanes (the regions follow CSS variables by themselves). */
  setColors(colors: LaneColors): void {
    if (this.destroyed) return;
    this.ws.setOptions({
      splitChannels: [
        { waveColor: colors.caller, progressColor: colors.callerProgress },
        { waveColor: colors.assistant, progressColor: colors.assistantProgress },
      ],
      cursorColor: colors.cursor,
    });
  }

  // ---- conversation overlays ------------------------------------------------------------------
  setTranscript(turns: readonly TranscriptTurn[] | undefined): void {
    this.turns = turns ?? [];
    this.drawRegions();
  }

  private drawRegions(): void {
    if (this.destroyed || !this.peaks) return;
    const duration = this.peaksDuration;
    const streaming = this.snapshot.waveform === 'streaming';
    const regions = streaming ? { overlaps: [], silences: [] } : conversationRegions(this.peaks, duration, this.channels);
    this.overlays.draw(regions, this.turns, this.options.container.clientWidth);
    this.update({ regions });
  }

  // ---- zoom ----------------------------------------------------------------------------------
  private fitPxPerSecond(): number {
    const duration = this.peaksDuration || this.snapshot.duration || 1;
    return this.options.container.clientWidth / duration;
  }

  setZoom = (zoom: number): void => {
    if (!this.drawn || this.destroyed) return;
    const zoomed = zoom > 1;
    // Zoomed in, the view follows the playhead; at "fit" there is nothing to scroll.
    this.ws.setOptions({ autoScroll: zoomed, autoCenter: zoomed, hideScrollbar: !zoomed });
    this.ws.zoom(zoomed ? this.fitPxPerSecond() * zoom : 0);
    this.update({ zoom });
    this.drawRegions();
    if (zoomed) this.ws.setScrollTime(Math.max(0, this.snapshot.currentTime - (this.snapshot.duration / zoom) / 2));
  };

  stepZoom = (direction: 1 | -1): void => this.setZoom(stepZoom(this.snapshot.zoom, direction, this.fitPxPerSecond()));

  private listenToWheel(container: HTMLElement): void {
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault(); // the page must not zoom instead
      if (event.deltaY !== 0) this.stepZoom(event.deltaY < 0 ? 1 : -1);
    };
    container.addEventListener('wheel', onWheel, { passive: false });
    this.cleanups.push(() => container.removeEventListener('wheel', onWheel));
  }

  /** Releases everything: listeners, fetches, timers, the wavesurfer instance and the media element. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.ws.destroy();
    this.graph?.close();
    this.audio.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
    this.listeners.clear();
  }
}

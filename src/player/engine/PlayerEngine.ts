// A short facade: one store, one scope, the media, and the commands the parts and apiRef call; the
// lanes, mute and solo, and a short call's one read attach to it with their code, when a call needs them.
import type { RecordingSource, TranscriptTurn } from '../../types.js';
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { PlayerError } from '../../errors.js';
import { adjacentTurn } from '../conversation.js';
import type { Speaker, SpeakerMix } from '../listening.js';
import type { DecoderKind } from '../stream/streamPeaks.js';
import { downloadRecording } from './download.js';
import type { Listening } from './Listening.js';
import { MediaPlayback } from './MediaPlayback.js';
import { Scope } from './scope.js';
import { createStore, type Store } from './store.js';
import { deriveStatus, initialSnapshot, PLAYBACK_RATES, STREAM_PEAKS_AFTER_SECONDS, type PlayerSnapshot } from './state.js';
import type { WaveformOptions, WaveformView } from './WaveformView.js';
import { sessionPeaks } from './sessionPeaks.js';
import type { MutedRange, RangeMuting } from './rangeMuting.js';

/** Why the source itself withholds Download (a legal hold, the plan: '' when it gives no reason), or null. */
const heldBack = (source: RecordingSource): string | null => (source.downloadable === false ? (source.downloadBlockedReason ?? '') : null);

export interface PlayerEngineOptions {
  /**
   * Lanes will be drawn (`attachLanes`): a short call without peaks is then read once, whole, for the
   * media and the lanes, and read before Play. Without (a player of buttons only) nothing is.
   */
  lanes: boolean;
  callId: string;
  recording: SignedRecording;
  /** The first source: duration, peaks, channel order. */
  source: RecordingSource;
  /** The assistant's file's own URL owner, when the recording is one file per side (`recording` is the caller's). */
  companion?: SignedRecording | null | undefined;
  peaksKey: string;
  /** Mute and solo per speaker will be offered: the samples are asked for with CORS. @default true */
  listening?: boolean;
  onError(error: Error): void;
  onTimeUpdate(seconds: number): void;
  /** A download started, at this position (s): for the host's audit log. */
  onDownload?: (at: number) => void;
  streamPeaksAfter?: number | undefined;
  preferDecoder?: DecoderKind | undefined;
  /** Where playback starts (s): a link to a moment. */
  initialTime?: number | undefined;
  /** Answers slower than this are marked slow (ms). */
  slowResponseMs?: number | undefined;
}

export interface PlayerCommands {
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  skip(deltaSeconds: number): void;
  setRate(rate: number): void;
  stepRate(direction: 1 | -1): void;
  download(): Promise<void>;
  toggleMix(speaker: Speaker, what: keyof SpeakerMix): void;
  /** Seeks to the previous or next transcript turn; false when there is none. */
  goToTurn(direction: 1 | -1): boolean;
  stepZoom(direction: 1 | -1): void;
  setZoom(zoom: number): void;
  setSkipSilences(on: boolean): void;
}

export class PlayerEngine {
  readonly store: Store<PlayerSnapshot>;
  readonly commands: PlayerCommands;
  readonly #scope = new Scope();
  #waveform: WaveformView | null = null;
  // What the lanes are made with, whenever they are attached.
  readonly #lanesFrom: Omit<WaveformOptions, 'container'>;
  // Loaded with its code when a call first needs it (most have no redactions to mute).
  #muting: RangeMuting | null = null;
  readonly #audio: HTMLAudioElement;
  #turns: readonly TranscriptTurn[] = [];
  readonly #source: RecordingSource;
  #lastReported = -1;
  readonly #recording: SignedRecording;
  #slowMs: number | undefined;

  constructor(options: PlayerEngineOptions) {
    const { recording, source } = options;
    this.#source = source;
    this.#recording = recording;
    this.#slowMs = options.slowResponseMs;
    const store = (this.store = createStore({ ...initialSnapshot(source.durationSeconds || 0), downloadBlocked: heldBack(source) }, deriveStatus));
    const scope = this.#scope;
    const onTime = (seconds: number) => {
      if (Math.abs(seconds - this.#lastReported) < 0.1) return;
      this.#lastReported = seconds;
      options.onTimeUpdate(seconds);
    };
    let listening: Listening | null = null;
    let listeningLoaded: Promise<Listening | null> | null = null;
    const peaksAtHand = Boolean(source.peaks) || sessionPeaks.has(options.peaksKey);
    const { lanes } = options;
    const duration = source.durationSeconds ?? 0;
    const streamAfter = options.streamPeaksAfter ?? STREAM_PEAKS_AFTER_SECONDS;
    const media = new MediaPlayback(scope, store, recording, {
      onTime,
      onMetadata: () => listening?.onMetadata(),
      beforeRefusal: async (url: string): Promise<boolean> => (await listeningLoaded)?.beforeRefusal(url) ?? false,
      // A long call without peaks gets its lanes from a stream of its own: the media reads ahead only once played.
      // Two files are read whole before anything plays: the player is loading, not standing by, till then.
      // Without lanes nothing needs the samples before Play, as with peaks at hand.
      preload: source.channels && options.companion ? 'auto' : peaksAtHand || !lanes ? (duration > 0 ? 'none' : 'metadata') : duration > streamAfter ? 'metadata' : 'auto',
    });
    // A short call without peaks needs its whole file for the lanes anyway: read it once, for both
    // (where the browser can play bytes it is handed; elsewhere the media and the lanes read it each).
    // One file per side: its code loads only for such a call.
    const { companion } = options;
    const two = source.channels && companion
      ? import('./twoFiles.js').then(({ TwoFiles }) => new TwoFiles(scope, recording, companion, source.callerChannel ?? 0))
      : null;
    const merged = two?.then((files) => files.merged);
    // Its code too loads only for such a call, in a browser that plays MP3 bytes it is handed (MSE).
    const playsBytes = typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported('audio/mpeg');
    const whole = !two && lanes && playsBytes && !peaksAtHand && duration > 0 && duration <= streamAfter
      ? import('./WholeFile.js').then(({ WholeFile }) => new WholeFile(scope, recording, duration, { onMediaFailed: () => media.leaveLocal() }))
      : null;
    const wholeBytes = whole?.then((file) => file.bytes);
    // Read by the lanes and Download when they come; a read cut short by disposal is nobody's error.
    wholeBytes?.catch(() => undefined);
    this.#audio = media.audio;
    // Mute and solo route the samples through Web Audio, which may read them only when the media was
    // loaded with CORS: asked for now, before it loads; the graph's code follows.
    let channels = 2;
    if (options.listening !== false) {
      if (typeof AudioContext !== 'undefined') media.audio.crossOrigin = 'anonymous';
      listeningLoaded = import('./Listening.js').then(({ Listening }) => {
        if (scope.disposed) return null;
        const made = (listening = new Listening(scope, store, media.audio, source.callerChannel ?? 0, options.onError));
        made.setChannels(channels);
        // What it missed while its code loaded. Standing by, nothing loads before Play: ask storage
        // (two bytes) whether the samples will be readable.
        if (store.get().metadataSeen) made.onMetadata();
        else if (store.get().standby) made.probe(media.currentUrl);
        return made;
      }, () => null); // without its code (a failed chunk) the switches stay off, as without Web Audio
    }
    const seek = (seconds: number) => {
      const at = media.seek(seconds);
      // Before the media has its metadata its clock does not tick: the playhead is moved by hand.
      if (!store.get().metadataSeen) this.#waveform?.showTime(at);
      onTime(at);
    };
    this.#lanesFrom = {
      source,
      peaksKey: options.peaksKey,
      streamPeaksAfter: options.streamPeaksAfter,
      preferDecoder: options.preferDecoder,
      slowResponseMs: options.slowResponseMs,
      onError: options.onError,
      wholeFile: wholeBytes,
      decodedPeaks: two?.then((files) => files.peaks),
      onChannels: (count) => {
        channels = count;
        listening?.setChannels(count);
      },
      onSeek: seek,
      onTime: (t) => media.onTime(t),
    };
    // The owner failed for good (its error is on screen): stop the audio.
    scope.add(recording.subscribe(() => {
      if (recording.getSnapshot().status === 'error') media.stop();
    }));
    const live = <A extends unknown[]>(command: (...args: A) => void) => (...args: A) => {
      if (!scope.disposed && recording.getSnapshot().status !== 'error') command(...args);
    };
    this.commands = {
      play: live(() => media.play()),
      pause: () => media.pause(),
      toggle: live(() => (store.get().intent === 'play' ? media.pause() : media.play())),
      seek: live(seek),
      skip: live((delta: number) => seek(store.get().currentTime + delta)),
      setRate: (rate) => media.setRate(rate),
      stepRate: (direction) => {
        const index = PLAYBACK_RATES.indexOf(store.get().rate as (typeof PLAYBACK_RATES)[number]);
        media.setRate(PLAYBACK_RATES[Math.min(PLAYBACK_RATES.length - 1, Math.max(0, (index === -1 ? 2 : index) + direction))]!);
      },
      download: async () => {
        if (store.get().downloadProgress !== null || store.get().downloadBlocked !== null || scope.disposed) return;
        store.set({ downloadProgress: 0, downloadError: null });
        options.onDownload?.(store.get().currentTime);
        try {
          if (two) {
            const [files, { downloadBoth }] = await Promise.all([two, import('./twoFiles.js')]);
            await downloadBoth(files, options.callId, scope, (fraction) => store.set({ downloadProgress: fraction }));
          } else await downloadRecording(recording, options.callId, scope, (fraction) => store.set({ downloadProgress: fraction }), wholeBytes?.catch(() => null));
          store.set({ downloadProgress: null });
        } catch (cause) {
          if (scope.disposed) return;
          const error = new PlayerError('download', { cause, reason: cause instanceof Error ? cause.message : String(cause) });
          store.set({ downloadProgress: null, downloadError: error });
          options.onError(error);
        }
      },
      toggleMix: (speaker, what) => listening?.toggle(speaker, what),
      goToTurn: (direction) => {
        const to = adjacentTurn(this.#turns, store.get().currentTime, direction);
        if (to === null || scope.disposed) return false;
        seek(to);
        return true;
      },
      stepZoom: (direction) => this.#waveform?.stepZoom(direction),
      setZoom: (zoom) => this.#waveform?.setZoom(zoom),
      setSkipSilences: (on) => store.set({ skipSilences: on }),
    };
    // Skipping silences needs the analysis' silences: its code is loaded when the switch is first turned on.
    // Its code failing to load (a dropped connection) turns the switch back off, says why, and lets it try again.
    let loadingSkips = false;
    const stopWaiting = scope.add(store.subscribe(() => {
      if (!store.get().skipSilences || loadingSkips) return;
      loadingSkips = true;
      import('./silenceSkipping.js').then(({ skipSilences }) => {
        if (scope.disposed) return;
        stopWaiting();
        skipSilences(scope, store, seek); // from the next tick of the clock
      }, (cause: Error) => {
        loadingSkips = false;
        if (scope.disposed) return;
        store.set({ skipSilences: false });
        options.onError(cause);
      });
    }));
    // Only now: wavesurfer would fetch and decode a src it finds on its media element at creation.
    if (merged) {
      // Both sides as one stereo file, once both are read: they play in step because they are one. Play
      // or a seek before then waits for it (the caller's file alone is never played).
      media.awaitLocal();
      void merged.then((blob) => {
        if (scope.disposed) return;
        const url = URL.createObjectURL(blob);
        scope.add(() => URL.revokeObjectURL(url));
        media.loadLocal(url);
      }, (cause: unknown) => {
        if (!scope.disposed) recording.unplayable(new PlayerError('not-playable', { cause, reason: cause instanceof Error ? cause.message : String(cause) }));
      });
    } else if (whole) {
      media.awaitLocal();
      void whole.then((file) => {
        if (!scope.disposed) media.loadLocal(file.mediaUrl());
      }, () => media.leaveLocal());
    }
    else media.load(recording.usableNow()?.url ?? source.url, 0);
    const { initialTime = 0 } = options;
    if (Number.isFinite(initialTime) && initialTime > 0) seek(initialTime);
  }

  /**
   * Draws the lanes in `container` (their code loads now, while the recording's first bytes come);
   * returns what takes them away again. Lanes that move are detached and attached anew: the media,
   * its position and its URL stay as they are.
   */
  attachLanes(container: HTMLElement): () => void {
    const scope = new Scope();
    const drop = this.#scope.add(() => scope.dispose());
    let view: WaveformView | null = null;
    const { store } = this;
    void import('./WaveformView.js').then(({ WaveformView }) => {
      if (scope.disposed) return;
      view = this.#waveform = new WaveformView(scope, store, this.#audio, this.#recording, { ...this.#lanesFrom, container, slowResponseMs: this.#slowMs });
      view.setTranscript(this.#turns);
      void view.load();
    }, (cause: unknown) => {
      if (scope.disposed) return;
      store.set({ waveform: 'unavailable' });
      this.#lanesFrom.onError(new PlayerError('waveform', { cause }));
    });
    return () => {
      if (this.#waveform === view) this.#waveform = null;
      drop();
      if (!this.#scope.disposed) store.set({ waveform: 'loading', waveformProgress: null, zoom: 1, zoomMax: 1, viewStart: 0, viewEnd: 0 });
    };
  }

  setTranscript(turns: readonly TranscriptTurn[] | undefined): void {
    this.#turns = turns ?? [];
    this.#waveform?.setTranscript(turns);
  }

  /**
   * Stretches to keep silent in playback (a recording without a redacted file), and the reason Download
   * is then not offered; none: as it was.
   */
  setMutedRanges(ranges: readonly MutedRange[], downloadReason: string): void {
    if (ranges.length || this.#muting) {
      import('./rangeMuting.js').then(({ RangeMuting }) => {
        if (this.#scope.disposed) return;
        this.#muting ??= new RangeMuting(this.#scope, this.#audio);
        this.#muting.set(ranges);
      }, (cause: Error) => {
        // Without its code the redactions would be heard: the recording is not played, and Retry says why.
        if (!this.#scope.disposed) this.#recording.unplayable(new PlayerError('not-playable', { cause, reason: cause.message }));
      });
    }
    const blocked = heldBack(this.#source);
    this.store.set({ downloadBlocked: ranges.length ? (blocked ?? downloadReason) : blocked });
  }

  setSlowResponseMs(ms: number | undefined): void {
    this.#slowMs = ms;
    this.#waveform?.setSlowResponseMs(ms);
  }


  /** Releases everything: listeners, fetches, timers, the wavesurfer instance and the media element. */
  destroy(): void {
    this.#scope.dispose();
  }
}

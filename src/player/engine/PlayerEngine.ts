// The player's composition root, in this order: one store and one scope; the media; how the recording
// is read (one file per side, a short call read once, or streamed by the media); the features the
// assembly named (before the media loads: they may change how it is read); the commands; the first load.
// The lanes attach when a lanes part is there, and any other feature when a part or an assembly asks
// (`use`): each brings its own code, on demand, and is disposed with the engine.
import type { RecordingSource, TranscriptTurn } from '../../types.js';
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { PlayerError } from '../../errors.js';
import { adjacentTurn } from '../conversation.js';
import type { DecoderKind } from '../stream/streamPeaks.js';
import type { AnyPlayerFeature, FeatureHost, PlayerFeature } from './feature.js';
import { MediaPlayback } from './MediaPlayback.js';
import { Scope } from '../../util/scope.js';
import { createStore, type Store } from './store.js';
import { deriveStatus, heldBack, initialSnapshot, PLAYBACK_RATES, STREAM_PEAKS_AFTER_SECONDS, type PlayerCommands, type PlayerSnapshot } from './state.js';
import type { WaveformOptions, WaveformView } from './WaveformView.js';
import { sessionPeaks } from './sessionPeaks.js';

export type { PlayerCommands } from './state.js';

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
  /** Attached in this order before the media loads (the assembly's, and what its parts asked for). */
  features?: readonly AnyPlayerFeature[] | undefined;
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

export class PlayerEngine {
  readonly store: Store<PlayerSnapshot>;
  readonly commands: PlayerCommands;
  readonly #scope = new Scope();
  #waveform: WaveformView | null = null;
  // What the lanes are made with, whenever they are attached.
  readonly #lanesFrom: Omit<WaveformOptions, 'container'>;
  readonly #audio: HTMLAudioElement;
  #turns: readonly TranscriptTurn[] = [];
  #lastReported = -1;
  readonly #recording: SignedRecording;
  #slowMs: number | undefined;
  readonly #host: FeatureHost;
  readonly #features = new Map<string, unknown>();

  constructor(options: PlayerEngineOptions) {
    const { recording, source } = options;
    this.#recording = recording;
    this.#slowMs = options.slowResponseMs;
    const store = (this.store = createStore({ ...initialSnapshot(source.durationSeconds || 0), downloadBlocked: heldBack(source) }, deriveStatus));
    const scope = this.#scope;
    const onTime = (seconds: number) => {
      if (Math.abs(seconds - this.#lastReported) < 0.1) return;
      this.#lastReported = seconds;
      options.onTimeUpdate(seconds);
    };
    const metadataListeners: (() => void)[] = [];
    const channelListeners: ((count: number) => void)[] = [];
    const refusalChecks: ((url: string) => Promise<boolean>)[] = [];
    const peaksAtHand = Boolean(source.peaks) || sessionPeaks.has(options.peaksKey);
    const { lanes } = options;
    const duration = source.durationSeconds ?? 0;
    const streamAfter = options.streamPeaksAfter ?? STREAM_PEAKS_AFTER_SECONDS;
    const media = new MediaPlayback(scope, store, recording, {
      onTime,
      onMetadata: () => metadataListeners.forEach((listener) => listener()),
      beforeRefusal: async (url: string): Promise<boolean> => {
        for (const check of refusalChecks) if (await check(url)) return true;
        return false;
      },
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
    let channels = 2;
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
        channelListeners.forEach((listener) => listener(count));
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
    const commands: PlayerCommands = (this.commands = {
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
          } else await (await import('./download.js')).downloadRecording(recording, options.callId, scope, (fraction) => store.set({ downloadProgress: fraction }), wholeBytes?.catch(() => null));
          store.set({ downloadProgress: null });
        } catch (cause) {
          if (scope.disposed) return;
          const error = new PlayerError('download', { cause, reason: cause instanceof Error ? cause.message : String(cause) });
          store.set({ downloadProgress: null, downloadError: error });
          options.onError(error);
        }
      },
      toggleMix: () => undefined,
      goToTurn: (direction) => {
        const to = adjacentTurn(this.#turns, store.get().currentTime, direction);
        if (to === null || scope.disposed) return false;
        seek(to);
        return true;
      },
      stepZoom: (direction) => this.#waveform?.stepZoom(direction),
      setZoom: (zoom) => this.#waveform?.setZoom(zoom),
      setSkipSilences: () => undefined,
    });
    this.#host = {
      store, scope, audio: media.audio, recording, source,
      currentUrl: () => media.currentUrl,
      seek,
      onError: options.onError,
      onMetadata: (listener) => {
        metadataListeners.push(listener);
        if (store.get().metadataSeen) listener();
      },
      onChannels: (listener) => {
        channelListeners.push(listener);
        listener(channels);
      },
      onRefusal: (check) => void refusalChecks.push(check),
      command: (name, run) => void (commands[name] = run),
    };
    for (const feature of options.features ?? []) this.use(feature);
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

  /**
   * Attaches a feature to this engine (once: a second call hands back the first one's API). It is
   * disposed with the engine.
   */
  use<Api>(feature: PlayerFeature<Api>): Api {
    if (!this.#features.has(feature.id)) this.#features.set(feature.id, feature.attach(this.#host));
    return this.#features.get(feature.id) as Api;
  }

  /** Whether the feature is attached. */
  has(feature: AnyPlayerFeature): boolean {
    return this.#features.has(feature.id);
  }

  setTranscript(turns: readonly TranscriptTurn[] | undefined): void {
    this.#turns = turns ?? [];
    this.#waveform?.setTranscript(turns);
  }

  setSlowResponseMs(ms: number | undefined): void {
    this.#slowMs = ms;
    this.#waveform?.setSlowResponseMs(ms);
  }


  get disposed(): boolean {
    return this.#scope.disposed;
  }

  /** Releases everything: listeners, fetches, timers, the wavesurfer instance and the media element. */
  destroy(): void {
    this.#scope.dispose();
  }
}

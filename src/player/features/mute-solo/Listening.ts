// Per-speaker listening: whether the samples may be read (CORS), how many channels, the mix.
import { PlayerError } from '../../../errors.js';
import { routingGains, toggleMix, type Speaker, type SpeakerMix } from './mix.js';
import { probeStorage } from '../../../net/probe.js';
import type { Scope } from '../../../util/scope.js';
import type { Store } from '../../engine/store.js';
import type { Mix } from '../../engine/state.js';

/** Mute and solo's own state: whether they can work, the mix, and the gains it set. */
export interface ListeningState {
  /** Whether per-speaker listening can work: it needs CORS-readable audio and two channels. */
  listening: 'checking' | 'available' | 'cors-blocked' | 'mono' | 'unsupported';
  mix: Mix;
  /** The gains set on the audio graph, [ch0→L, ch0→R, ch1→L, ch1→R]; null until the graph exists. */
  gains: readonly number[] | null;
}

export class Listening {
  #corsReadable: boolean | null = null;
  #channels = 2;
  #graphFailed = false;
  #graph: ListeningGraph | null = null;

  readonly #scope: Scope;
  readonly #store: Store<ListeningState>;
  readonly #audio: HTMLAudioElement;
  readonly #callerChannel: 0 | 1;
  readonly #onError: (error: Error) => void;

  constructor(
    scope: Scope,
    store: Store<ListeningState>,
    audio: HTMLAudioElement,
    callerChannel: 0 | 1,
    onError: (error: Error) => void,
  ) {
    this.#scope = scope;
    this.#store = store;
    this.#audio = audio;
    this.#callerChannel = callerChannel;
    this.#onError = onError;

    // The engine asked for CORS before the media loaded (PlayerEngine); without Web Audio, no graph.
    if (typeof AudioContext === 'undefined') this.#corsReadable = false;
    scope.add(() => this.#graph?.close());
    this.#publish();
  }

  #publish(): void {
    this.#store.set({ listening: this.#state() });
  }

  #state(): ListeningState['listening'] {
    if (typeof AudioContext === 'undefined' || this.#graphFailed) return 'unsupported';
    if (this.#corsReadable === null) return 'checking';
    if (!this.#corsReadable) return 'cors-blocked';
    return this.#channels === 1 ? 'mono' : 'available';
  }

  /** A CORS load got as far as metadata: the samples are readable. */
  onMetadata(): void {
    if (this.#corsReadable === null && this.#audio.crossOrigin !== null) {
      this.#corsReadable = true;
      this.#publish();
    }
  }

  /**
   * Standing by, the media loads nothing before Play: learn now, from two bytes, whether the samples
   * will be readable, so the switches work from the start and a storage without CORS is loaded
   * plainly at once instead of after a refused load.
   */
  probe(url: string): void {
    if (this.#corsReadable !== null || this.#audio.crossOrigin === null || !url) return;
    void corsReadable(url, this.#scope.signal).then((readable) => {
      if (this.#scope.disposed || this.#corsReadable !== null) return;
      this.#corsReadable = readable;
      if (!readable && this.#audio.readyState === HTMLMediaElement.HAVE_NOTHING) this.#audio.removeAttribute('crossorigin');
      this.#publish();
    });
  }

  /** Refused for want of CORS headers, or for the URL? Asked once; without CORS, load it plainly. */
  async beforeRefusal(url: string): Promise<boolean> {
    if (this.#audio.crossOrigin === null || this.#corsReadable === true) return false;
    const readable = await corsReadable(url, this.#scope.signal);
    if (this.#scope.disposed) return true;
    this.#corsReadable = readable;
    this.#publish();
    if (readable) return false;
    this.#audio.removeAttribute('crossorigin');
    return true;
  }

  setChannels(channels: number): void {
    this.#channels = channels;
    this.#publish();
  }

  /** Mutes or solos a speaker; the first use builds the audio graph (it needs this user gesture). */
  toggle(speaker: Speaker, what: keyof SpeakerMix): void {
    if (this.#store.get().listening !== 'available' || this.#scope.disposed) return;
    const mix = toggleMix(this.#store.get().mix, speaker, what);
    try {
      this.#graph ??= new ListeningGraph(this.#audio);
    } catch (error) {
      this.#graphFailed = true;
      this.#publish();
      this.#onError(new PlayerError('listening', { cause: error }));
      return;
    }
    const gains = routingGains(mix, this.#callerChannel);
    this.#graph.apply(gains);
    this.#store.set({ mix, gains });
  }
}

/** Whether the page may read the media's samples: needed to route them through Web Audio. */
export async function corsReadable(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    if (new URL(url, location.href).origin === location.origin) return true;
    // Any answer at all is a readable one: the question is only whether CORS lets the page see it.
    await probeStorage(url, signal);
    return true;
  } catch {
    return false;
  }
}

/** The Web Audio graph on the media element: splitter → four gains → merger → speakers. */
export class ListeningGraph {
  private readonly context: AudioContext;
  readonly gains: GainNode[];

  constructor(media: HTMLMediaElement) {
    this.context = new AudioContext();
    let source: MediaElementAudioSourceNode;
    try {
      source = this.context.createMediaElementSource(media);
    } catch (error) {
      // An element already routed elsewhere, a context the browser refused: no graph, and no context left open.
      void this.context.close();
      throw error;
    }
    const splitter = this.context.createChannelSplitter(2);
    const merger = this.context.createChannelMerger(2);
    source.connect(splitter);
    this.gains = [0, 0, 1, 1].map((channel, i) => {
      const gain = this.context.createGain();
      splitter.connect(gain, channel);
      gain.connect(merger, 0, i % 2);
      return gain;
    });
    merger.connect(this.context.destination);
  }

  apply(values: readonly number[]): void {
    void this.context.resume();
    const now = this.context.currentTime;
    // A short ramp: switching a voice on or off without a click.
    this.gains.forEach((gain, i) => gain.gain.setTargetAtTime(values[i] ?? 0, now, 0.01));
  }

  close(): void {
    void this.context.close();
  }
}

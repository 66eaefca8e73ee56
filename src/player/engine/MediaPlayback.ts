// The media element: what the user wants (play or pause, where, how fast), and the URL it plays.
// It asks the recording's owner for URLs and swaps only when it must: storage refused the current
// one, or the media has to reach the network after it expired. Position, speed and intent survive.
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import type { Scope } from '../../util/scope.js';
import type { Store } from './store.js';
import { PLAYBACK_RATES, type PlayerSnapshot } from './state.js';
import { holdsWhole, secondsAhead } from './buffered.js';
import { PlayerError } from '../../errors.js';
import { followMediaClock } from './mediaClock.js';
import { mediaErrorMeaning } from './mediaErrors.js';
import { demandWhile } from '../../signed-url/urlDemand.js';
import { applyRate, createAudio, seekTarget, worthTelling } from './mediaElement.js';
import { watchUrlExpiry, type ExpiryWatch } from '../../signed-url/urlExpiry.js';

/** Seconds of playback buffered ahead below which an expired URL is replaced before the media needs it. */
const LOW_WATER_SECONDS = 20;

export interface MediaHooks {
  onTime(seconds: number): void;
  /** The media failed to load `url`: true when a listener handled it (e.g. reload without CORS). */
  beforeRefusal(url: string): Promise<boolean>;
  onMetadata(): void;
  /**
   * What to read before Play: `none` when the duration and the lanes' peaks came with the source
   * (nothing needs a byte of audio before Play: opening an hour-long call reads none of it),
   * `metadata` when only the peaks did or the lanes stream on their own, `auto` otherwise.
   */
  preload: 'none' | 'metadata' | 'auto';
}

export class MediaPlayback {
  readonly audio: HTMLAudioElement;
  #url = '';
  /** While a new src loads: the position to put back once its metadata arrives. */
  #restoreAt: number | null = null;
  #timeSetAt = -Infinity;
  /** While a URL is being fetched for the media: the position to load it at. */
  #awaitingUrlAt: number | null = null;
  /** Playing bytes this page holds (see WholeFile): no URL to expire, nothing to renew. */
  #local = false;
  /** Until bytes promised (awaitLocal) are given: Play and seeks are kept for them. */
  #awaitingBytes = false;
  readonly #demand: { sync(): void; release(): void };
  /** Fires once the URL played may no longer start a request: nothing to do unless playback is about to need bytes. */
  readonly #expiry: ExpiryWatch;

  readonly #scope: Scope;
  readonly #store: Store<PlayerSnapshot>;
  readonly #recording: SignedRecording;
  readonly #hooks: MediaHooks;

  constructor(scope: Scope, store: Store<PlayerSnapshot>, recording: SignedRecording, hooks: MediaHooks) {
    this.#scope = scope;
    this.#store = store;
    this.#recording = recording;
    this.#hooks = hooks;

    const audio = createAudio(hooks.preload);
    if (hooks.preload === 'none') store.set({ standby: true });
    this.audio = audio;
    this.#listen();
    this.#expiry = watchUrlExpiry(scope, recording, () => this.#renewIfRunningDry());
    scope.add(recording.onUrlChange(() => this.#watchExpiry()));
    // Playing from storage, a usable URL is kept ready; paused, Play or a seek (the lanes' too: all come
    // here) asks for one then; playing bytes held here, none is needed.
    this.#demand = demandWhile(recording, () => !this.#local && !scope.disposed && store.get().intent === 'play');
    scope.add(store.subscribe(() => this.#demand.sync()));
    scope.add(() => this.#demand.release());
    scope.add(() => {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    });
  }

  get currentUrl(): string {
    return this.#url;
  }

  /** Loads `url` at `at` seconds, keeping rate and intent; used for the first URL and every swap. */
  load(url: string, at = this.#position()): void {
    if (this.#scope.disposed) return;
    this.#local = false;
    this.#demand.sync();
    this.#url = url;
    this.#restoreAt = at;
    this.#awaitingUrlAt = null;
    const { audio } = this;
    audio.src = url; // opaque: never modified
    if (this.#store.get().intent === 'play') this.#bufferFreely(); // after: the old src must not start loading
    audio.currentTime = at; // kept as the start position until the new metadata arrives
    applyRate(this.audio, this.#store.get().rate);
    this.#store.set({ urlGeneration: this.#store.get().urlGeneration + 1, currentTime: at });
    this.#watchExpiry();
  }

  /** Bytes will be given (two files being merged): the media reads nothing from storage meanwhile. */
  awaitLocal(): void {
    this.#local = true;
    this.#awaitingBytes = true;
    this.#restoreAt = 0;
    this.#demand.sync();
  }

  /** Plays from bytes this page is given (a MediaSource URL): signed URLs no longer concern the media. */
  loadLocal(src: string): void {
    if (this.#scope.disposed) return;
    this.#restoreAt = this.#awaitingBytes ? this.#position() : 0;
    this.#local = true;
    this.#awaitingBytes = false;
    this.#demand.sync();
    this.#url = '';
    this.#awaitingUrlAt = null;
    this.#expiry.cancel();
    this.audio.src = src;
    applyRate(this.audio, this.#store.get().rate);
  }

  /** The local bytes failed the media: back to the signed URL, where it was, as it was. */
  leaveLocal(): void {
    if (!this.#local || this.#scope.disposed) return;
    this.#local = false;
    this.#awaitingBytes = false;
    this.#demand.sync();
    this.#renew(this.#position());
  }

  #position(): number {
    return this.#restoreAt ?? this.#awaitingUrlAt ?? (this.audio.currentTime || this.#store.get().currentTime);
  }

  #listen(): void {
    const { audio } = this;
    const scope = this.#scope;
    const store = this.#store;
    const on = (type: string, handler: () => void) => scope.listen(audio, type, handler);
    on('loadedmetadata', () => {
      store.set({ metadataSeen: true });
      this.#hooks.onMetadata();
      if (this.#restoreAt !== null) {
        // A new src resets position and rate: put both back, then resume if the user was playing.
        if (Math.abs(audio.currentTime - this.#restoreAt) > 0.05) audio.currentTime = this.#restoreAt;
        this.#restoreAt = null;
        applyRate(audio, store.get().rate);
        if (store.get().intent === 'play') this.#startPlayback();
      }
    });
    followMediaClock(scope, audio, (seconds) => this.onTime(seconds), (duration) => {
      if (Math.abs(duration - store.get().duration) > 0.01) store.set({ duration });
    });
    on('canplay', () => {
      if (!this.#local) this.#recording.loaded(this.#url);
    });
    on('play', () => store.set({ intent: 'play' }));
    on('pause', () => {
      // A pause caused by swapping the src is not the user's. The clock may have skipped its last tick.
      if (this.#restoreAt === null) store.set({ intent: 'pause', ...(this.#awaitingUrlAt === null ? { currentTime: audio.currentTime } : {}) });
    });
    on('ended', () => store.set({ intent: 'pause' }));
    on('waiting', () => this.#renewIfRunningDry(true));
    on('error', () => void this.#onError());
  }

  onTime(seconds: number): void {
    // While a new src loads, or a URL is awaited for a seek, the element's own clock is not the position.
    if (this.#restoreAt !== null || this.#awaitingUrlAt !== null) return;
    this.#renewIfRunningDry();
    const { currentTime, intent } = this.#store.get();
    const now = performance.now();
    if (!worthTelling(Math.abs(seconds - currentTime), intent, now - this.#timeSetAt)) return;
    this.#timeSetAt = now;
    this.#store.set({ currentTime: seconds });
    this.#hooks.onTime(seconds);
  }

  async #onError(): Promise<void> {
    if (this.#local) return this.leaveLocal();
    const url = this.#url;
    if (this.#scope.disposed || !url) return;
    const meaning = mediaErrorMeaning(this.audio.error?.code);
    if (meaning === 'ignore') return;
    // Say so once, with Retry, rather than asking for URLs that bring the same bytes.
    if (meaning === 'unplayable') {
      this.stop();
      this.#recording.unplayable(new PlayerError('not-playable', { reason: this.audio.error?.message || 'decode error' }));
      return;
    }
    const handled = await this.#hooks.beforeRefusal(url);
    // While it was asked, the player may have moved on (a newer URL, local bytes) or been closed.
    if (this.#scope.disposed || this.#url !== url) return;
    if (handled) return this.load(url);
    try {
      const fresh = await this.#recording.refused(url);
      if (this.#url === url) this.load(fresh.url);
    } catch {
      // The owner now holds the error (with its diagnosis); the view shows it with Retry.
      if (!this.#scope.disposed) this.stop();
    }
  }

  // ---- expiry ---------------------------------------------------------------------------------
  #watchExpiry(): void {
    this.#expiry.watch(this.#local ? null : this.#url);
  }

  /**
   * Playing on an expired URL is fine while the element has the bytes: it is reloaded only when what
   * is buffered ahead runs low and no download is under way (its next request would be refused), or
   * when it stalls waiting for data.
   */
  #renewIfRunningDry(stalled = false): void {
    if (this.#store.get().intent !== 'play' || this.#awaitingUrlAt !== null || !this.#needsNetwork()) return;
    // A download in progress goes on over its open connection; only a new request would be refused.
    if (!stalled && this.audio.networkState === HTMLMediaElement.NETWORK_LOADING) return;
    const { buffered, currentTime, playbackRate } = this.audio;
    if (secondsAhead(buffered, currentTime) < LOW_WATER_SECONDS * Math.max(1, playbackRate)) this.#renew();
  }

  /** Whether the media would have to reach storage with a URL that may no longer start a request. */
  #needsNetwork(): boolean {
    if (this.#local) return false;
    if (this.#recording.isUsable(this.#url)) return false;
    return !holdsWhole(this.audio.buffered, this.audio.duration);
  }

  /** Loads a usable URL at `at`: the owner's spare at once, else as soon as a new one arrives. */
  #renew(at = this.#position()): void {
    const spare = this.#recording.usableNow();
    if (spare) return this.load(spare.url, at);
    if (this.#awaitingUrlAt !== null) {
      this.#awaitingUrlAt = at;
      return;
    }
    this.#awaitingUrlAt = at;
    const url = this.#url;
    this.#recording.usable().then(
      (fresh) => {
        if (this.#url === url && this.#awaitingUrlAt !== null) this.load(fresh.url, this.#awaitingUrlAt);
      },
      () => {
        // No new URL now (offline, rate cap): keep the current one; a refusal will be handled then.
        if (this.#scope.disposed) return;
        this.#awaitingUrlAt = null;
        if (this.#store.get().intent === 'play') this.#startPlayback();
      },
    );
  }

  // ---- commands -------------------------------------------------------------------------------
  #startPlayback(): void {
    if (this.#scope.disposed) return;
    this.audio.play().catch((error: unknown) => {
      // Autoplay refusal: the user has to press Play. Real load failures arrive as 'error' events.
      if ((error as Error)?.name === 'NotAllowedError') this.#store.set({ intent: 'pause' });
    });
  }

  play(): void {
    this.#store.set({ intent: 'play' });
    if (this.#awaitingUrlAt !== null || this.#awaitingBytes) return; // resumes once loaded
    // Standing by (preload none, nothing read yet), Play is what starts the load; a src that is
    // loading resumes once its metadata is in.
    const standingBy = this.audio.readyState === HTMLMediaElement.HAVE_NOTHING && this.audio.networkState !== HTMLMediaElement.NETWORK_LOADING;
    if (this.#restoreAt !== null && !standingBy) return this.#bufferFreely();
    // Not before: a preload change alone starts a deferred load, of a URL that may have expired.
    if (this.#needsNetwork()) return this.#renew();
    this.#bufferFreely();
    this.#startPlayback();
  }

  /** Once listening, the browser may buffer ahead as it likes. */
  #bufferFreely(): void {
    this.audio.preload = 'auto';
  }

  pause(): void {
    this.#store.set({ intent: 'pause' });
    this.audio.pause();
  }

  /** Stops for good (the recording failed): no more swaps, no playing. */
  stop(): void {
    this.#expiry.cancel();
    this.#awaitingUrlAt = null;
    this.pause();
  }

  seek(seconds: number): number {
    const to = seekTarget(seconds, this.#store.get().duration || this.audio.duration || 0);
    this.#store.set({ currentTime: to });
    if (this.#restoreAt !== null) {
      this.#restoreAt = to;
      this.audio.currentTime = to; // before metadata: where the element will start
    }
    else if (this.#awaitingUrlAt !== null) this.#awaitingUrlAt = to;
    else if (this.#needsNetwork()) this.#renew(to);
    else this.audio.currentTime = to;
    return to;
  }

  setRate(rate: number): void {
    if (!PLAYBACK_RATES.includes(rate as (typeof PLAYBACK_RATES)[number])) return;
    applyRate(this.audio, rate);
    this.#store.set({ rate });
  }
}

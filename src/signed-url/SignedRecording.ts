// The one owner of a recording's signed URL. It alone fetches, holds, schedules and refreshes the
// URL, on one clock (the browser's, from when each URL arrived); the media, the waveform, the stream
// and the download ask it. Framework-free: a hook creates it once and reads it with useSyncExternalStore.
import type { RecordingSource } from '../types.js';
import { PlayerError } from '../errors.js';
import { isPermanentError } from '../adapter/errors.js';
import { urlLifetime } from './lifetime.js';
import { onWake } from './wake.js';
import type { StorageProbe } from './diagnose.js';
import { backoffDelay, refreshAt, timerDelay, usableUntil, type Held } from './schedule.js';
import {
  canRefresh, initialGuard, recordFailure, recordRefresh, recordSuccess, type RefreshGuardOptions,
} from './refreshGuard.js';

export interface SignedRecordingState {
  status: 'loading' | 'ready' | 'none' | 'error';
  /** The first source: duration, peaks, channels. Later URLs do not change it. */
  source: RecordingSource | null;
  error: Error | null;
}

export interface FetchedSource {
  source: RecordingSource | null;
  /** Browser clock, when the URL arrived. */
  issuedAt: number;
}

export interface SignedRecordingOptions {
  /** A new URL from the adapter, never a cached one; null when the call has no recording. */
  fetchSource: () => Promise<FetchedSource>;
  guard?: RefreshGuardOptions;
  now?: () => number;
  /** Asks the storage what it thinks of a URL; default a 2-byte ranged GET. */
  probe?: StorageProbe;
  /** Where wake-up events come from (visibilitychange, pageshow, resume, online); default the page's. */
  events?: { window?: EventTarget; document?: EventTarget };
}

/** Background refreshes never come closer than this, however short the URLs live. */
const MIN_BACKGROUND_GAP_MS = 2_000;


export class SignedRecording {
  #state: SignedRecordingState = { status: 'loading', source: null, error: null };
  readonly #listeners = new Set<() => void>();
  readonly #urlListeners = new Set<() => void>();
  #newest: Held | null = null;
  #previous: Held | null = null;
  #inflight: Promise<Held> | null = null;
  #guard = initialGuard();
  #lastRefreshAt = Number.NEGATIVE_INFINITY;
  #backgroundFailures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #disconnectWake: (() => void) | null = null;
  /** How many consumers are about to start requests (playing media, a stream): only then is a URL renewed ahead. */
  #demand = 0;
  readonly #now: () => number;

  readonly #options: SignedRecordingOptions;

  constructor(
    options: SignedRecordingOptions,
  ) {
    this.#options = options;

    this.#now = options.now ?? Date.now;
  }

  // ---- store ---------------------------------------------------------------------------------
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#connect();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#disconnect();
    };
  };

  getSnapshot = (): SignedRecordingState => this.#state;

  /** Told whenever a new URL arrives or a held one is refused (the media re-checks its own). */
  onUrlChange(listener: () => void): () => void {
    this.#urlListeners.add(listener);
    return () => this.#urlListeners.delete(listener);
  }

  /**
   * A consumer will start requests soon (media playing from storage, lanes streaming): while any does,
   * a spare URL is renewed ahead of expiry so a seek never waits. With none, an expired URL stays
   * expired until someone asks (`usable`), so an idle or paused player asks the API for nothing.
   */
  want(): () => void {
    this.#demand++;
    this.#check();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#demand--;
      if (this.#demand === 0 && this.#newest) this.#clearTimer();
    };
  }

  #set(partial: Partial<SignedRecordingState>): void {
    this.#state = { ...this.#state, ...partial };
    for (const listener of [...this.#listeners]) listener();
  }

  // ---- what consumers ask ----------------------------------------------------------------------
  /** A URL that may start a request now: the newest held one, or a fresh one. */
  async usable(): Promise<RecordingSource> {
    const newest = this.#newest;
    if (newest && this.#fresh(newest)) return newest.source;
    return (await this.#refresh(true)).source;
  }

  /** The newest URL when it may start a request now, without waiting; else null. */
  usableNow(): RecordingSource | null {
    const newest = this.#newest;
    return newest && this.#fresh(newest) ? newest.source : null;
  }

  /** Whether `url` may still start a request (it is held, not refused, not near its expiry). */
  isUsable(url: string): boolean {
    const held = this.#find(url);
    return held !== null && this.#fresh(held);
  }

  /** Milliseconds until `url` may no longer start a request; Infinity when its lifetime is unknown. */
  usableFor(url: string): number {
    const held = this.#find(url);
    if (!held || held.refused) return 0;
    return Math.max(0, usableUntil(held) - this.#now());
  }

  /**
   * The media could not load `url`. Another held URL that still works is handed back at once;
   * otherwise a new one is fetched. After `maxConsecutiveFailures` in a row (or too many refreshes a
   * minute) the storage is asked once what is wrong, and the owner ends in that error.
   */
  async refused(url: string): Promise<RecordingSource> {
    if (this.#state.error) throw this.#state.error;
    const held = this.#find(url);
    if (held) held.refused = true;
    this.#guard = recordFailure(this.#guard);
    const verdict = canRefresh(this.#guard, this.#now(), this.#options.guard);
    if (!verdict.ok) {
      // Only a recording that keeps failing needs the diagnosis: loaded then.
      const { diagnose } = await import('./diagnose.js');
      throw this.#fail(await diagnose(url, verdict.reason, this.#options.probe));
    }
    const newest = this.#newest;
    if (newest && newest.source.url !== url && this.#fresh(newest)) return newest.source;
    try {
      return (await this.#refresh(true)).source;
    } catch (error) {
      throw this.#fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * A plain fetch (waveform, download) was refused `url` while the media may still play it (cookie
   * or fetch-only rules): a newer URL once, counted against the rate cap but never as a failed load.
   */
  async replacementFor(url: string): Promise<RecordingSource> {
    const newest = this.#newest;
    if (newest && newest.source.url !== url && this.#fresh(newest)) return newest.source;
    return (await this.#refresh(true)).source;
  }

  /** The media loaded `url`: failures in a row start again from zero. */
  loaded(url: string): void {
    if (this.#find(url)) this.#guard = recordSuccess(this.#guard);
  }

  // ---- fetching -------------------------------------------------------------------------------
  #fresh(held: Held): boolean {
    return !held.refused && this.#now() < usableUntil(held);
  }

  #find(url: string): Held | null {
    if (this.#newest?.source.url === url) return this.#newest;
    if (this.#previous?.source.url === url) return this.#previous;
    return null;
  }

  /**
   * One request in flight. Needed ones (a consumer waits) count against the rate cap; background
   * ones follow the URLs' lifetimes, at least MIN_BACKGROUND_GAP_MS apart, and back off on failure.
   */
  #refresh(needed: boolean): Promise<Held> {
    if (this.#inflight) return this.#inflight;
    // Failed for good: nothing more is asked until Retry.
    if (this.#state.error) return Promise.reject(this.#state.error);
    if (needed) {
      const verdict = canRefresh(this.#guard, this.#now(), this.#options.guard);
      // Failures in a row end the owner in refused() before another refresh is asked: only the rate stops one here.
      if (!verdict.ok) return Promise.reject(new PlayerError('refresh-limit'));
      this.#guard = recordRefresh(this.#guard, this.#now());
    }
    this.#lastRefreshAt = this.#now();
    const request = this.#options.fetchSource().then(({ source, issuedAt }) => {
      if (!source) {
        // The recording is gone: nothing to refresh from now on.
        if (!this.#state.source) this.#set({ status: 'none' });
        throw new PlayerError('storage-missing', { status: 404 });
      }
      return this.#accept(source, issuedAt);
    });
    this.#inflight = request;
    request.then(
      () => {
        this.#backgroundFailures = 0;
      },
      (error: unknown) => {
        if (this.#state.status === 'none') return;
        if (!this.#state.source) {
          this.#set({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
          return;
        }
        // Keep what works; try again later unless another try cannot help.
        if (isPermanentError(error)) return;
        this.#backgroundFailures++;
        this.#schedule(backoffDelay(this.#backgroundFailures));
      },
    ).finally(() => {
      this.#inflight = null;
    });
    return request;
  }

  #accept(source: RecordingSource, issuedAt: number): Held {
    const { expiresAt } = urlLifetime({ url: source.url, expiresAt: source.expiresAt, receivedAt: issuedAt, serverTime: source.serverTime });
    const held: Held = { source, receivedAt: issuedAt, expiresAt, refused: false };
    this.#previous = this.#newest;
    this.#newest = held;
    if (!this.#state.source) this.#set({ status: 'ready', source, error: null });
    this.#scheduleFor(held);
    for (const listener of [...this.#urlListeners]) listener();
    return held;
  }

  // ---- time -----------------------------------------------------------------------------------
  #scheduleFor(held: Held): void {
    const at = refreshAt(held);
    if (at === null) return this.#clearTimer(); // unknown lifetime: refreshed when refused
    // Stryker disable next-line ArithmeticOperator: equivalent — #check holds a due refresh until the gap has passed, so a timer set early only sets itself again
    this.#schedule(timerDelay(Math.max(at, this.#lastRefreshAt + MIN_BACKGROUND_GAP_MS), this.#now()));
  }

  #schedule(delay: number): void {
    this.#clearTimer();
    if (this.#listeners.size === 0 || (this.#newest && this.#demand === 0)) return;
    this.#timer = setTimeout(() => this.#check(), delay);
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Refreshes when the newest URL is due (or a refresh failed); otherwise waits until it is. */
  #check = (): void => {
    if (this.#listeners.size === 0 || this.#state.status === 'error' || this.#state.status === 'none') return;
    const newest = this.#newest;
    if (!newest) {
      void this.#refresh(false).catch(() => undefined);
      return;
    }
    if (this.#demand === 0) return;
    const at = refreshAt(newest);
    const due = this.#backgroundFailures > 0 || newest.refused || (at !== null && this.#now() >= at);
    if (!due) return this.#scheduleFor(newest);
    const wait = this.#lastRefreshAt + MIN_BACKGROUND_GAP_MS - this.#now();
    if (wait > 0) return this.#schedule(wait);
    void this.#refresh(false).catch(() => undefined);
  };

  #connect(): void {
    this.#disconnectWake = onWake(this.#options.events, () => this.#check());
    this.#check();
  }

  #disconnect(): void {
    this.#clearTimer();
    this.#disconnectWake?.();
    this.#disconnectWake = null;
  }

  // ---- failure --------------------------------------------------------------------------------
  /** The media had the bytes but could not play them: no newer URL would help, so no more are asked. */
  unplayable(error: Error): void {
    this.#clearTimer();
    this.#fail(error);
  }

  #fail(error: Error): Error {
    if (this.#state.status !== 'error') this.#set({ status: 'error', error });
    return this.#state.error ?? error;
  }
}

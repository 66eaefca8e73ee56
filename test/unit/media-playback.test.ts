// The media element's side of URL swaps, on a fake element (jsdom plays nothing): when it reloads,
// and what it puts back after a reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaPlayback } from '../../src/player/engine/MediaPlayback';
import { Scope } from '../../src/util/scope';
import { createStore } from '../../src/player/engine/store';
import { deriveStatus, initialSnapshot } from '../../src/player/engine/state';
import { SignedRecording, type FetchedSource } from '../../src/signed-url/SignedRecording';

const T0 = Date.UTC(2026, 10, 24, 18, 30, 0);

/** A stand-in for HTMLAudioElement: it records what the player sets and fires what a browser would. */
class FakeMedia extends EventTarget {
  src = '';
  currentTime = 0;
  duration = 3600;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  preservesPitch = true;
  preload = '';
  crossOrigin: string | null = null;
  paused = true;
  networkState = 1; // NETWORK_IDLE: nothing downloading
  ranges: [number, number][] = [];
  loads: string[] = [];
  get buffered() {
    const ranges = this.ranges;
    return { length: ranges.length, start: (i: number) => ranges[i]![0], end: (i: number) => ranges[i]![1] };
  }
  play = vi.fn(async () => {
    this.paused = false;
    this.dispatchEvent(new Event('play'));
  });
  pause = vi.fn(() => {
    if (this.paused) return;
    this.paused = true;
    this.dispatchEvent(new Event('pause'));
  });
  removeAttribute(name: string) {
    if (name === 'src') this.src = '';
  }
  load() {}
  /** What a browser does after `src` is set: reset position and rate, then report metadata. */
  finishLoading() {
    this.loads.push(this.src);
    this.currentTime = 0;
    this.playbackRate = this.defaultPlaybackRate;
    this.dispatchEvent(new Event('loadedmetadata'));
    this.dispatchEvent(new Event('canplay'));
  }
}

let media: FakeMedia;
let n: number;

function setup(lifetimeS = 10, preload: 'none' | 'metadata' | 'auto' = 'auto') {
  n = 0;
  const fetchSource = vi.fn(async (): Promise<FetchedSource> => ({
    source: { url: `https://cdn.test/r.mp3?v=${++n}`, expiresAt: Date.now() + lifetimeS * 1000 },
    issuedAt: Date.now(),
  }));
  const recording = new SignedRecording({ fetchSource, events: { window: new EventTarget(), document: new EventTarget() } });
  recording.subscribe(() => undefined);
  const store = createStore(initialSnapshot(3600), deriveStatus);
  const scope = new Scope();
  const playback = new MediaPlayback(scope, store, recording, { onTime: () => undefined, onMetadata: () => undefined, beforeRefusal: async () => false, preload });
  return { recording, store, playback, fetchSource, scope };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  media = new FakeMedia();
  vi.spyOn(document, 'createElement').mockImplementation(() => media as unknown as HTMLElement);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function started(lifetimeS = 10) {
  const parts = setup(lifetimeS);
  await vi.advanceTimersByTimeAsync(0);
  parts.playback.load(parts.recording.usableNow()!.url, 0);
  media.finishLoading();
  return parts;
}

describe('MediaPlayback', () => {
  it('paused past expiry: keeps its URL; Play loads the spare at the same position and speed, then plays', async () => {
    const { playback, store } = await started();
    playback.setRate(1.5);
    playback.seek(42);
    expect(media.currentTime).toBe(42);
    await vi.advanceTimersByTimeAsync(30_000); // three lifetimes, paused
    expect(media.loads).toHaveLength(1);
    expect(store.get().urlGeneration).toBe(1);
    playback.play();
    await vi.advanceTimersByTimeAsync(0);
    expect(media.src).not.toBe(media.loads[0]);
    expect(store.get().status).toBe('playing'); // the user's intent, while the new URL loads
    media.finishLoading();
    expect(media.currentTime).toBe(42);
    expect(media.playbackRate).toBe(1.5);
    expect(media.play).toHaveBeenCalled();
    expect(store.get().urlGeneration).toBe(2);
  });

  it('a fully buffered recording never reloads: seeks and Play need no bytes', async () => {
    const { playback, store } = await started();
    media.ranges = [[0, 3600]];
    await vi.advanceTimersByTimeAsync(60_000);
    playback.play();
    playback.seek(3000);
    expect(media.loads).toHaveLength(1);
    expect(media.currentTime).toBe(3000);
    expect(store.get().urlGeneration).toBe(1);
  });

  it('playing on an expired URL with plenty buffered ahead: no reload until what is buffered runs low', async () => {
    const { playback, store } = await started();
    media.ranges = [[0, 900]];
    playback.play();
    media.currentTime = 100;
    await vi.advanceTimersByTimeAsync(15_000);
    media.dispatchEvent(new Event('timeupdate'));
    expect(store.get().urlGeneration).toBe(1);
    media.currentTime = 890; // 10 s left in the buffer, but a download is under way on its connection
    media.networkState = 2;
    media.dispatchEvent(new Event('timeupdate'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().urlGeneration).toBe(1);
    media.networkState = 1; // the download stopped: its next request would be refused
    media.dispatchEvent(new Event('timeupdate'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().urlGeneration).toBe(2);
    media.finishLoading();
    expect(media.currentTime).toBe(890);
    expect(store.get().status).toBe('playing');
  });

  it('paused, asks for no spare; a far seek on an expired URL asks for one and loads it there (no request on a dead URL)', async () => {
    const { playback, fetchSource } = await started();
    media.ranges = [[0, 120]];
    await vi.advanceTimersByTimeAsync(8_500); // the first URL is good until 9 s
    expect(fetchSource).toHaveBeenCalledTimes(1);
    playback.seek(1800);
    expect(media.loads).toHaveLength(1); // still usable: a plain seek
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource).toHaveBeenCalledTimes(1); // a minute paused: nothing asked
    const first = media.src;
    playback.seek(2400); // expired: the element is not sent to storage until a new URL is here
    expect(media.currentTime).toBe(1800);
    await vi.advanceTimersByTimeAsync(100);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    expect(media.src).not.toBe(first);
    media.finishLoading();
    expect(media.loads).toHaveLength(2);
    expect(media.currentTime).toBe(2400);
  });

  it('playing from storage, keeps a spare ready before the URL expires, and drops the demand on pause', async () => {
    const { playback, fetchSource } = await started();
    media.ranges = [[0, 120]];
    playback.play();
    await vi.advanceTimersByTimeAsync(8_500);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    playback.pause();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource).toHaveBeenCalledTimes(2);
  });

  it('a refused load gets the next URL and resumes where it was', async () => {
    const { playback } = await started();
    playback.play();
    media.currentTime = 61;
    const first = media.src;
    media.dispatchEvent(new Event('error'));
    await vi.advanceTimersByTimeAsync(0);
    expect(media.src).not.toBe(first);
    media.finishLoading();
    expect(media.currentTime).toBe(61);
    expect(media.play).toHaveBeenCalledTimes(2);
  });
});

describe('MediaPlayback standing by (duration and peaks came with the source)', () => {
  /** The element as Chromium leaves it with preload none: a src, nothing read. */
  const standingBy = () => Object.assign(media, { readyState: 0, networkState: 1 });

  it('is usable before anything loads, and Play starts the load where the playhead is', async () => {
    const { playback, store, recording } = setup(10, 'none');
    await vi.advanceTimersByTimeAsync(0);
    playback.load(recording.usableNow()!.url, 0);
    standingBy();
    expect(media.preload).toBe('none');
    expect(store.get().status).toBe('paused'); // not 'loading': seek, speed and Play work
    playback.seek(90);
    playback.setRate(2);
    expect(media.currentTime).toBe(90);
    expect(media.play).not.toHaveBeenCalled();
    playback.play();
    expect(media.preload).toBe('auto');
    expect(media.play).toHaveBeenCalledTimes(1); // Play is what starts the deferred load
    media.finishLoading();
    expect(media.currentTime).toBe(90);
    expect(media.playbackRate).toBe(2);
    expect(media.loads).toHaveLength(1);
  });

  it('on a URL that expired while it stood by, Play loads a fresh one and never starts the dead one', async () => {
    const { playback, recording, store } = setup(10, 'none');
    await vi.advanceTimersByTimeAsync(0);
    const first = recording.usableNow()!.url;
    playback.load(first, 0);
    standingBy();
    playback.seek(30);
    await vi.advanceTimersByTimeAsync(60_000);
    // Every preload the element is given, with the src it had then: a preload change alone starts a
    // deferred load, so the dead URL must never see one.
    const preloads: [string, string][] = [];
    let preload = media.preload;
    Object.defineProperty(media, 'preload', { get: () => preload, set: (value: string) => void preloads.push([media.src, (preload = value)]) });
    playback.play();
    await vi.advanceTimersByTimeAsync(0);
    expect(media.src).not.toBe(first);
    expect(preloads.length).toBeGreaterThan(0);
    expect(preloads.filter(([src]) => src === first)).toEqual([]);
    expect(media.preload).toBe('auto');
    media.finishLoading();
    expect(media.currentTime).toBe(30);
    expect(media.loads).toEqual([media.src]);
    expect(store.get().urlGeneration).toBe(2);
  });
});

describe('MediaPlayback awaiting bytes it will be given (two files being merged)', () => {
  it('reads nothing from storage meanwhile; a seek and Play wait for the bytes, then play from there', async () => {
    const { playback, store, fetchSource } = setup();
    await vi.advanceTimersByTimeAsync(0);
    const asked = fetchSource.mock.calls.length;
    playback.awaitLocal();
    playback.seek(75);
    playback.play();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(media.src).toBe('');
    expect(media.play).not.toHaveBeenCalled();
    expect(fetchSource.mock.calls.length).toBe(asked);
    expect(store.get().status).toBe('loading');
    playback.loadLocal('blob:merged');
    media.finishLoading();
    expect(media.loads).toEqual(['blob:merged']);
    expect(media.currentTime).toBe(75);
    expect(media.play).toHaveBeenCalled();
    expect(store.get().status).toBe('playing');
  });
});

describe('MediaPlayback while a URL is awaited', () => {
  it('skips add up from the requested position, not from the old element\'s clock', async () => {
    const slow = setup();
    await vi.advanceTimersByTimeAsync(0);
    slow.playback.load(slow.recording.usableNow()!.url, 0);
    media.finishLoading();
    media.ranges = [[0, 60]];
    slow.playback.play();
    slow.fetchSource.mockImplementation(() => new Promise(() => undefined)); // the next URL takes a while
    await vi.advanceTimersByTimeAsync(20_000); // the URL expired; no spare has come
    expect(slow.recording.usableNow()).toBeNull();
    media.currentTime = 8;
    slow.playback.seek(23);
    media.currentTime = 8.5;
    media.dispatchEvent(new Event('timeupdate')); // the old src plays on meanwhile
    slow.playback.seek(slow.store.get().currentTime + 15);
    expect(slow.store.get().currentTime).toBe(38);
  });
});

describe('MediaPlayback in engines that differ', () => {
  it('a decode or audio-output error (MediaError 3) is not a refused URL: no new URL is asked, the player says why', async () => {
    const { recording, fetchSource } = await started();
    const asked = fetchSource.mock.calls.length;
    Object.assign(media, { error: { code: 3, message: 'NS_ERROR_DOM_MEDIA_DECODE_ERR' } });
    media.dispatchEvent(new Event('error'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource).toHaveBeenCalledTimes(asked);
    expect(media.loads).toHaveLength(1);
    expect(recording.getSnapshot().status).toBe('error');
    expect(recording.getSnapshot().error).toMatchObject({ name: 'PlayerError', code: 'not-playable' });
  });

  it('a network error (MediaError 2) still asks for a newer URL', async () => {
    const { fetchSource } = await started();
    const asked = fetchSource.mock.calls.length;
    Object.assign(media, { error: { code: 2, message: '' } });
    media.dispatchEvent(new Event('error'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchSource.mock.calls.length + media.loads.length).toBeGreaterThan(asked + 1);
  });

  it('the total follows the media once it knows the file is longer than the API said', async () => {
    const { store } = await started();
    store.set({ duration: 18 });
    media.duration = 19.2;
    media.dispatchEvent(new Event('durationchange'));
    expect(store.get().duration).toBe(19.2);
  });

  it('the clock follows the element while it plays, even when it sends no timeupdate', async () => {
    const { playback, store } = await started();
    playback.play();
    media.dispatchEvent(new Event('playing'));
    for (const t of [0.5, 1, 1.5, 2]) {
      media.currentTime = t;
      await vi.advanceTimersByTimeAsync(300);
      expect(store.get().currentTime).toBe(t);
    }
    playback.pause();
    media.currentTime = 5;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.get().currentTime).not.toBe(5);
  });
});

describe('Scope', () => {
  it('forgets a timeout once it has fired, so a long-lived scope holds only what is pending', async () => {
    const { Scope: FreshScope } = await import('../../src/util/scope');
    const scope = new FreshScope();
    let fired = 0;
    for (let i = 0; i < 100; i++) scope.timeout(() => fired++, 10);
    expect(scope.pending).toBe(100);
    await vi.advanceTimersByTimeAsync(20);
    expect(fired).toBe(100);
    expect(scope.pending).toBe(0);
    const stop = scope.listen(new EventTarget(), 'x', () => undefined);
    expect(scope.pending).toBe(1);
    stop();
    expect(scope.pending).toBe(0);
  });
});

/** A playback whose refusal hook answers only when the test says (`answer`). */
async function slowRefusalHook() {
  let answer!: (handled: boolean) => void;
  const parts = setup();
  await vi.advanceTimersByTimeAsync(0);
  const scope = new Scope();
  const playback = new MediaPlayback(scope, parts.store, parts.recording, {
    onTime: () => undefined, onMetadata: () => undefined, preload: 'auto',
    beforeRefusal: () => new Promise<boolean>((resolve) => (answer = resolve)),
  });
  return { playback, scope, answer: (handled: boolean) => answer(handled) };
}

describe('MediaPlayback after the player moved on', () => {
  it('a refusal answered after a newer URL was loaded does not reload the old one', async () => {
    const { playback, scope, answer } = await slowRefusalHook();
    playback.load('https://cdn.test/old.mp3', 0);
    media.dispatchEvent(new Event('error')); // a network error: asks the hook, which takes a while
    playback.load('https://cdn.test/new.mp3', 5);
    answer(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(media.src).toBe('https://cdn.test/new.mp3');
  });

  it('a refusal answered after the player closed loads and plays nothing', async () => {
    const { playback, scope, answer } = await slowRefusalHook();
    playback.load('https://cdn.test/old.mp3', 0);
    playback.play();
    media.play.mockClear();
    media.dispatchEvent(new Event('error'));
    scope.dispose();
    answer(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(media.src).toBe('');
    expect(media.play).not.toHaveBeenCalled();
  });

  it('a URL that could not be had after the player closed does not start playback', async () => {
    const fetchSource = vi.fn(async (): Promise<FetchedSource> => {
      throw new Error('offline');
    });
    const recording = new SignedRecording({ fetchSource, events: { window: new EventTarget(), document: new EventTarget() } });
    const store = createStore(initialSnapshot(3600), deriveStatus);
    const scope = new Scope();
    const playback = new MediaPlayback(scope, store, recording, { onTime: () => undefined, onMetadata: () => undefined, beforeRefusal: async () => false, preload: 'none' });
    playback.load('https://cdn.test/expired.mp3?X-Amz-Date=20200101T000000Z&X-Amz-Expires=1', 0);
    media.finishLoading();
    playback.play(); // an expired URL: asks the owner for one
    expect(fetchSource).toHaveBeenCalled();
    scope.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(media.play).not.toHaveBeenCalled();
  });
});

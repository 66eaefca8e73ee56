// The URL owner on fake timers and a fake clock: when it refreshes, what it hands out, how it fails.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdapterError } from '../../src';
import { SignedRecording, type FetchedSource } from '../../src/signed-url/SignedRecording';
import type { CallsAdapter, RecordingSource } from '../../src/types';
import { recordingOptions } from '../../src/signed-url/recordingQuery';
import { skipToken } from '@tanstack/react-query';
import { watchUrlExpiry } from '../../src/signed-url/urlExpiry';
import { MAX_TIMER_MS } from '../../src/signed-url/lifetime';
import { Scope } from '../../src/util/scope';

const T0 = Date.UTC(2026, 10, 24, 18, 30, 0);
const amzDate = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** An adapter-side backend whose clock is `skewMs` off the browser's, handing out S3-style URLs. */
function backend({ lifetimeS = 10, skewMs = 0, s3 = true, expiresAt }: { lifetimeS?: number; skewMs?: number; s3?: boolean; expiresAt?: (serverNow: number) => string | number } = {}) {
  let n = 0;
  const fetchSource = vi.fn(async (): Promise<FetchedSource> => {
    n++;
    const serverNow = Date.now() + skewMs;
    const url = s3
      ? `https://s3.test/r.mp3?X-Amz-Date=${amzDate(serverNow)}&X-Amz-Expires=${lifetimeS}&X-Amz-Signature=${n}`
      : `https://cdn.test/r.mp3?v=${n}`;
    const source: RecordingSource = { url, expiresAt: expiresAt ? expiresAt(serverNow) : serverNow + lifetimeS * 1000 };
    return { source, issuedAt: Date.now() };
  });
  return fetchSource;
}

/** An owner with a subscriber and, unless `idle`, a consumer that will start requests (media playing from storage). */
function owner(fetchSource: () => Promise<FetchedSource>, extra: Partial<ConstructorParameters<typeof SignedRecording>[0]> & { idle?: boolean } = {}) {
  const events = { window: new EventTarget(), document: new EventTarget() };
  const { idle, ...options } = extra;
  const recording = new SignedRecording({ fetchSource, events, probe: async () => 403, ...options });
  const stop = recording.subscribe(() => undefined);
  const release = idle ? () => undefined : recording.want();
  return { recording, events, stop, release };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SignedRecording', () => {
  it('fetches once on subscribe and refreshes a fifth of the lifetime before expiry, keeping the new URL as a spare', async () => {
    const fetchSource = backend({ lifetimeS: 10 });
    const { recording } = owner(fetchSource);
    await settle();
    expect(recording.getSnapshot().status).toBe('ready');
    const first = recording.getSnapshot().source!.url;
    // 9 s of life (its X-Amz-Date counts whole seconds), refreshed 2 s before the end.
    await vi.advanceTimersByTimeAsync(6_900);
    expect(fetchSource).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    // The first URL is still good for a second more; the spare is what a new request gets.
    expect(recording.isUsable(first)).toBe(true);
    expect((await recording.usable()).url).not.toBe(first);
    // The snapshot (what components render) did not change with the refresh.
    expect(recording.getSnapshot().source!.url).toBe(first);
  });

  it.each([
    ['+10 minutes', 10 * 60_000],
    ['-10 minutes', -10 * 60_000],
    ['+45 s', 45_000],
    ['-45 s', -45_000],
  ])('with the server clock %s off, a 60 s S3 URL is refreshed a fifth of its life before it expires on the browser clock', async (_name, skewMs) => {
    const fetchSource = backend({ lifetimeS: 60, skewMs });
    const { recording } = owner(fetchSource);
    await settle();
    // 59 s (its date counts whole seconds), less 5 s to start a request in time.
    expect(recording.usableFor(recording.getSnapshot().source!.url)).toBe(54_000);
    await vi.advanceTimersByTimeAsync(47_100);
    expect(fetchSource).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(fetchSource).toHaveBeenCalledTimes(2);
  });

  it('reads expiresAt in epoch seconds: one refresh per lifetime, not a loop', async () => {
    const fetchSource = backend({ lifetimeS: 60, s3: false, expiresAt: (now) => Math.floor(now / 1000) + 60 });
    owner(fetchSource);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fetchSource.mock.calls.length).toBeGreaterThanOrEqual(10);
    expect(fetchSource.mock.calls.length).toBeLessThanOrEqual(13);
  });

  it('reads an ISO expiresAt without offset as UTC', async () => {
    const fetchSource = backend({ lifetimeS: 60, s3: false, expiresAt: (now) => new Date(now + 60_000).toISOString().replace('Z', '') });
    const { recording } = owner(fetchSource);
    await settle();
    expect(recording.usableFor(recording.getSnapshot().source!.url)).toBe(55_000);
  });

  it('sets no timer past the browser limit for a 30-day URL, and never loops', async () => {
    const fetchSource = backend({ s3: false, expiresAt: (now) => now + 30 * 24 * 3600_000 });
    const { recording } = owner(fetchSource);
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(fetchSource).toHaveBeenCalledTimes(1);
    // Unknown lifetime: good until storage refuses it.
    expect(recording.isUsable(recording.getSnapshot().source!.url)).toBe(true);
  });

  it('a 0-second lifetime is read as unknown: refreshed when refused, not in a loop', async () => {
    const fetchSource = backend({ s3: false, expiresAt: (now) => now });
    const { recording } = owner(fetchSource);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource).toHaveBeenCalledTimes(1);
    const first = recording.getSnapshot().source!.url;
    const next = await recording.refused(first);
    expect(next.url).not.toBe(first);
    expect(fetchSource).toHaveBeenCalledTimes(2);
  });

  it('keeps refreshing after failures, backing off, and says nothing while the URL in hand works', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording } = owner(fetchSource);
    await settle();
    const first = recording.getSnapshot().source!.url;
    const ok = fetchSource.getMockImplementation()!;
    fetchSource.mockImplementation(async () => {
      throw new AdapterError('network', 'offline');
    });
    await vi.advanceTimersByTimeAsync(48_000); // the scheduled refresh fails
    expect(fetchSource).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000); // back-off 2 s
    expect(fetchSource).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(4_000); // then 4 s
    expect(fetchSource).toHaveBeenCalledTimes(4);
    expect(recording.getSnapshot().status).toBe('ready');
    fetchSource.mockImplementation(ok);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(fetchSource).toHaveBeenCalledTimes(5);
    expect(recording.usableNow()?.url).not.toBe(first);
    // Back on the lifetime schedule: the next one about 47 s later, not 16 s.
    await vi.advanceTimersByTimeAsync(40_000);
    expect(fetchSource).toHaveBeenCalledTimes(5);
  });

  it('after a sleep (no timers ran) it refreshes the moment the page is back', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording, events } = owner(fetchSource);
    await settle();
    const first = recording.getSnapshot().source!.url;
    vi.setSystemTime(T0 + 5 * 60_000); // the laptop slept 5 minutes: the clock moved, timers did not
    expect(recording.isUsable(first)).toBe(false);
    expect(recording.usableNow()).toBeNull();
    events.document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(fetchSource).toHaveBeenCalledTimes(2);
    expect(recording.usableNow()).not.toBeNull();
    for (const [target, type] of [['window', 'online'], ['window', 'pageshow'], ['document', 'resume']] as const) {
      vi.setSystemTime(Date.now() + 5 * 60_000);
      events[target].dispatchEvent(new Event(type));
      await settle();
    }
    expect(fetchSource).toHaveBeenCalledTimes(5);
  });

  it('shares one request among everyone who needs a URL at once', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording } = owner(fetchSource);
    await settle();
    vi.setSystemTime(T0 + 59_000);
    const urls = await Promise.all([recording.usable(), recording.usable(), recording.replacementFor('x')]);
    expect(new Set(urls.map((u) => u.url)).size).toBe(1);
    expect(fetchSource).toHaveBeenCalledTimes(2);
  });

  it('hands back the spare when storage refuses the media URL, without a new request', async () => {
    const fetchSource = backend({ lifetimeS: 10 });
    const { recording } = owner(fetchSource);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    const first = recording.getSnapshot().source!.url;
    const spare = await recording.refused(first);
    expect(spare.url).toContain('Signature=2');
    expect(fetchSource).toHaveBeenCalledTimes(2);
  });

  it('stops after three failed loads in a row with the storage diagnosis, and asks no more', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const probe = vi.fn(async () => 403);
    const { recording } = owner(fetchSource, { probe });
    await settle();
    let url = recording.getSnapshot().source!.url;
    url = (await recording.refused(url)).url;
    url = (await recording.refused(url)).url;
    await expect(recording.refused(url)).rejects.toMatchObject({ name: 'PlayerError', code: 'storage-refused', status: 403 });
    expect(recording.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'storage-refused' } });
    expect(probe).toHaveBeenCalledTimes(1);
    const calls = fetchSource.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fetchSource).toHaveBeenCalledTimes(calls);
  });

  it('a successful load resets the count of failures', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording } = owner(fetchSource);
    await settle();
    let url = recording.getSnapshot().source!.url;
    for (let i = 0; i < 6; i++) {
      url = (await recording.refused(url)).url;
      recording.loaded(url);
    }
    expect(recording.getSnapshot().status).toBe('ready');
  });

  it('says "none" when the call has no recording, and errors when the first fetch fails for good', async () => {
    const none = owner(async () => ({ source: null, issuedAt: Date.now() })).recording;
    const denied = owner(async () => {
      throw new AdapterError('forbidden', 'no');
    }).recording;
    await settle();
    expect(none.getSnapshot().status).toBe('none');
    expect(denied.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'forbidden' } });
  });

  it('renews nothing while no consumer will start a request; asked, it fetches one; wanted again, it renews ahead', async () => {
    const fetchSource = backend({ lifetimeS: 4 });
    const { recording, events } = owner(fetchSource, { idle: true });
    await settle();
    await vi.advanceTimersByTimeAsync(30_000); // seven lifetimes, nobody needing a URL
    events.document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(fetchSource).toHaveBeenCalledTimes(1);
    const fresh = await recording.usable(); // a Download, a seek on the media
    expect(fetchSource).toHaveBeenCalledTimes(2);
    expect(recording.isUsable(fresh.url)).toBe(true);
    const release = recording.want();
    await vi.advanceTimersByTimeAsync(4_000);
    const asked = fetchSource.mock.calls.length;
    expect(asked).toBeGreaterThanOrEqual(3); // renewed ahead of its expiry while wanted
    release();
    release(); // twice is once
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetchSource).toHaveBeenCalledTimes(asked);
  });

  it('stops its timers and listeners when the last subscriber leaves, and starts again on the next', async () => {
    const fetchSource = backend({ lifetimeS: 10 });
    const { recording, stop } = owner(fetchSource);
    await settle();
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource).toHaveBeenCalledTimes(1);
    recording.subscribe(() => undefined);
    await settle();
    expect(fetchSource).toHaveBeenCalledTimes(2); // the URL in hand was stale: refreshed at once
  });

  it('a refresh refused for good (forbidden) is not tried again; the URL in hand keeps working until it expires', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording } = owner(fetchSource);
    await settle();
    const first = recording.getSnapshot().source!.url;
    fetchSource.mockImplementation(async () => {
      throw new AdapterError('forbidden', 'This account may no longer hear this call.');
    });
    await vi.advanceTimersByTimeAsync(48_000); // the scheduled refresh is refused
    expect(fetchSource).toHaveBeenCalledTimes(2);
    expect(recording.isUsable(first)).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    expect(recording.getSnapshot().status).toBe('ready');
  });

  it('never hands out a URL storage refused, even when no newer one can be had', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording } = owner(fetchSource);
    await settle();
    const first = recording.getSnapshot().source!.url;
    fetchSource.mockImplementation(async () => {
      throw new AdapterError('network', 'offline');
    });
    await expect(recording.refused(first)).rejects.toMatchObject({ code: 'network' });
    expect(recording.isUsable(first)).toBe(false);
    expect(recording.usableFor(first)).toBe(0);
    expect(recording.usableNow()).toBeNull();
    expect(recording.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'network' } });
    // Failed for good: asking again rejects with the same error and fetches nothing.
    const calls = fetchSource.mock.calls.length;
    await expect(recording.usable()).rejects.toMatchObject({ code: 'network' });
    await expect(recording.refused(first)).rejects.toMatchObject({ code: 'network' });
    expect(fetchSource).toHaveBeenCalledTimes(calls);
  });

  it('caps the refreshes a consumer asks for at the guard\'s rate, and allows them again a minute later', async () => {
    const fetchSource = backend({ lifetimeS: 600 });
    const { recording } = owner(fetchSource, { guard: { maxPerMinute: 2, maxConsecutiveFailures: 10 } });
    await settle();
    let url = recording.getSnapshot().source!.url;
    url = (await recording.replacementFor(url)).url;
    url = (await recording.replacementFor(url)).url;
    await expect(recording.replacementFor(url)).rejects.toMatchObject({ name: 'PlayerError', code: 'refresh-limit' });
    expect(fetchSource).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(recording.replacementFor(url)).resolves.toMatchObject({ url: expect.stringContaining('Signature=4') });
  });

  it('a recording deleted after it was opened: the player keeps what it showed, a new URL is refused as missing', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording } = owner(fetchSource);
    await settle();
    fetchSource.mockImplementation(async () => ({ source: null, issuedAt: Date.now() }));
    vi.setSystemTime(T0 + 59_000);
    await expect(recording.usable()).rejects.toMatchObject({ code: 'storage-missing', status: 404 });
    expect(recording.getSnapshot().status).toBe('ready');
  });

  it('the spare is handed back for a refused URL only while it can still start a request', async () => {
    const fetchSource = backend({ lifetimeS: 10 });
    const { recording } = owner(fetchSource);
    await vi.advanceTimersByTimeAsync(8_000);
    const first = recording.getSnapshot().source!.url;
    const spare = recording.usableNow()!.url;
    expect(spare).not.toBe(first);
    // The spare's own life is nearly over too: a new one is fetched instead.
    vi.setSystemTime(Date.now() + 9_000);
    const next = await recording.refused(first);
    expect(next.url).not.toBe(spare);
    expect(fetchSource).toHaveBeenCalledTimes(3);
  });

  it('renews ahead while any consumer still wants it: one of two leaving, or one releasing twice, stops nothing', async () => {
    const fetchSource = backend({ lifetimeS: 10 });
    const { recording } = owner(fetchSource, { idle: true });
    await settle();
    const a = recording.want();
    const b = recording.want();
    a();
    a();
    await vi.advanceTimersByTimeAsync(7_100); // b still wants it: renewed 2 s before the end
    expect(fetchSource).toHaveBeenCalledTimes(2);
    b();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    // Wanted again after all those releases: renewing starts again.
    const c = recording.want();
    await settle();
    expect(fetchSource).toHaveBeenCalledTimes(3); // the URL in hand had expired meanwhile
    await vi.advanceTimersByTimeAsync(7_100);
    expect(fetchSource).toHaveBeenCalledTimes(4);
    c();
  });

  it('keeps refreshing while one of two subscribers remains, and lets go of the page\'s events when the last leaves', async () => {
    const fetchSource = backend({ lifetimeS: 10 });
    const { recording, events, stop } = owner(fetchSource);
    const removed = vi.spyOn(events.document, 'removeEventListener');
    const other = recording.subscribe(() => undefined);
    await settle();
    stop();
    await vi.advanceTimersByTimeAsync(7_100);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    expect(removed).not.toHaveBeenCalled();
    other();
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['resume', 'visibilitychange']);
  });

  it('URLs that live 2 seconds are renewed every 2 seconds, never in a tight loop, however often the page wakes', async () => {
    const fetchSource = backend({ lifetimeS: 2 });
    const { events } = owner(fetchSource);
    await settle();
    for (let t = 0; t < 9_750; t += 250) {
      await vi.advanceTimersByTimeAsync(250);
      events.window.dispatchEvent(new Event('online'));
    }
    await vi.advanceTimersByTimeAsync(249);
    expect(fetchSource).toHaveBeenCalledTimes(5); // at 0, 2, 4, 6 and 8 s
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchSource).toHaveBeenCalledTimes(6);
  });
});

describe('SignedRecording: what it leaves behind and what it counts', () => {
  /** An EventTarget that counts the listeners it holds. */
  const counted = () => {
    const target = new EventTarget();
    let held = 0;
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => { held++; add(...args); };
    target.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => { held--; remove(...args); };
    return { target, held: () => held };
  };

  it("listens to the page's wake-ups once however many subscribe, and not at all once the last has left", async () => {
    const win = counted();
    const doc = counted();
    const recording = new SignedRecording({ fetchSource: backend(), events: { window: win.target, document: doc.target } });
    const stops = [recording.subscribe(() => undefined), recording.subscribe(() => undefined), recording.subscribe(() => undefined)];
    await settle();
    expect(win.held() + doc.held()).toBe(4);
    for (const stop of stops) stop();
    expect(win.held() + doc.held()).toBe(0);
  });

  it('leaves no timer behind when the last consumer lets go, or the last subscriber leaves', async () => {
    const { recording, release, stop } = owner(backend({ lifetimeS: 60 }));
    await settle();
    expect(vi.getTimerCount()).toBe(1);
    release();
    expect(vi.getTimerCount()).toBe(0);
    const again = recording.want();
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    again();
  });

  it('asks nothing for a consumer that wants a URL while nobody subscribes', async () => {
    const fetchSource = backend();
    const recording = new SignedRecording({ fetchSource, events: { window: new EventTarget(), document: new EventTarget() } });
    const release = recording.want();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    release();
  });

  it('stops telling a listener about new URLs once it unsubscribes', async () => {
    const { recording } = owner(backend({ lifetimeS: 600 }));
    await settle();
    const told = vi.fn();
    const unsubscribe = recording.onUrlChange(told);
    await recording.replacementFor(recording.getSnapshot().source!.url);
    expect(told).toHaveBeenCalledTimes(1);
    unsubscribe();
    await recording.replacementFor(recording.usableNow()!.url);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('a URL may start a request until the moment it is no longer usable, not at that moment', async () => {
    const { recording } = owner(backend({ lifetimeS: 60 }), { idle: true });
    await settle();
    const url = recording.getSnapshot().source!.url;
    const left = recording.usableFor(url);
    await vi.advanceTimersByTimeAsync(left - 1);
    expect(recording.isUsable(url)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(recording.isUsable(url)).toBe(false);
    expect(recording.usableNow()).toBeNull();
  });

  it('knows only the URLs it handed out', async () => {
    const { recording } = owner(backend({ lifetimeS: 600 }));
    await settle();
    const first = recording.getSnapshot().source!.url;
    const second = (await recording.replacementFor(first)).url;
    expect(recording.isUsable(first)).toBe(true);
    expect(recording.isUsable(second)).toBe(true);
    expect(recording.isUsable('https://s3.test/other.mp3')).toBe(false);
    expect(recording.usableFor('https://s3.test/other.mp3')).toBe(0);
  });

  it('a load of a URL it never handed out does not reset the failures in a row', async () => {
    const probe = vi.fn(async () => 403);
    const { recording } = owner(backend({ lifetimeS: 600 }), { probe });
    await settle();
    let url = recording.getSnapshot().source!.url;
    url = (await recording.refused(url)).url;
    url = (await recording.refused(url)).url;
    recording.loaded('https://cdn.test/not-ours.mp3');
    await expect(recording.refused(url)).rejects.toMatchObject({ code: 'storage-refused' });
  });

  it('a refused URL that is the newest is never handed back: a new one is asked for', async () => {
    const fetchSource = backend({ lifetimeS: 600 });
    const { recording } = owner(fetchSource);
    await settle();
    const url = recording.getSnapshot().source!.url;
    const next = await recording.refused(url);
    expect(next.url).not.toBe(url);
    expect(fetchSource).toHaveBeenCalledTimes(2);
  });

  it("counts the URLs a consumer needs (usable, refused) against the rate, and the background's renewals not", async () => {
    const guard = { maxPerMinute: 2, maxConsecutiveFailures: 10 };
    // usable() after each URL has expired: the third within a minute is refused.
    const idle = owner(backend({ lifetimeS: 10 }), { guard, idle: true });
    await settle();
    for (let i = 0; i < 2; i++) {
      await vi.advanceTimersByTimeAsync(10_000);
      await idle.recording.usable();
    }
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(idle.recording.usable()).rejects.toMatchObject({ code: 'refresh-limit' });
    idle.stop();

    // refused(): the third within a minute ends in the storage's diagnosis, not a fourth URL.
    const failing = owner(backend({ lifetimeS: 600 }), { guard });
    await settle();
    let url = failing.recording.getSnapshot().source!.url;
    for (let i = 0; i < 2; i++) {
      url = (await failing.recording.refused(url)).url;
      failing.recording.loaded(url);
    }
    await expect(failing.recording.refused(url)).rejects.toMatchObject({ name: 'PlayerError' });
    failing.stop();
    failing.release();

    // URLs that live 2 s, renewed in the background for a minute: a consumer's need is still met.
    const fetchSource = backend({ lifetimeS: 2 });
    const busy = owner(fetchSource, { guard });
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchSource.mock.calls.length).toBeGreaterThanOrEqual(30);
    await expect(busy.recording.refused(busy.recording.getSnapshot().source!.url)).resolves.toMatchObject({ url: expect.any(String) });
  });

  it('once failed for good, asks storage and the API nothing more, keeps its first error, and leaves no timer', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const probe = vi.fn(async () => 403);
    const { recording, events } = owner(fetchSource, { probe });
    await settle();
    const url = recording.getSnapshot().source!.url;
    const first = new Error('decode failed');
    recording.unplayable(first);
    recording.unplayable(new Error('a second failure'));
    for (let i = 0; i < 4; i++) await expect(recording.refused(url)).rejects.toBe(first);
    await expect(recording.usable()).resolves.toMatchObject({ url });
    events.document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(recording.getSnapshot().error).toBe(first);
    expect(probe).not.toHaveBeenCalled();
    expect(fetchSource).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a call without a recording asks nothing more, however often the page wakes', async () => {
    const fetchSource = vi.fn(async (): Promise<FetchedSource> => ({ source: null, issuedAt: Date.now() }));
    const { recording, events } = owner(fetchSource);
    await settle();
    expect(recording.getSnapshot().status).toBe('none');
    for (const [target, type] of [[events.document, 'visibilitychange'], [events.window, 'online'], [events.window, 'pageshow']] as const) target.dispatchEvent(new Event(type));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fetchSource).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after a failed renewal succeeds, the next waits for the new URL\'s own time, even when the page wakes', async () => {
    const fetchSource = backend({ lifetimeS: 60 });
    const { recording, events } = owner(fetchSource);
    await settle();
    const ok = fetchSource.getMockImplementation()!;
    fetchSource.mockImplementationOnce(async () => { throw new AdapterError('server', 'busy'); });
    await vi.advanceTimersByTimeAsync(48_000);
    expect(fetchSource).toHaveBeenCalledTimes(2);
    fetchSource.mockImplementation(ok);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetchSource).toHaveBeenCalledTimes(3);
    const renewed = recording.usableNow()!.url;
    events.window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchSource).toHaveBeenCalledTimes(3);
    expect(recording.usableNow()!.url).toBe(renewed);
  });
});

describe('recordingOptions: the one query for a signed URL', () => {
  const adapterWith = (getRecording: CallsAdapter['getRecording']) => ({ listCalls: vi.fn(), getCall: vi.fn(), getRecording }) as unknown as CallsAdapter;

  it('asks the adapter anew every time, for the original only when asked, and counts the URL\'s life from before the request', async () => {
    const getRecording = vi.fn(async () => {
      vi.setSystemTime(T0 + 5_000); // a slow answer (large peaks)
      return { url: 'https://s3.test/r.mp3', expiresAt: T0 + 60_000 };
    });
    const adapter = adapterWith(getRecording);
    const signal = new AbortController().signal;
    const run = (variant?: 'original') => (recordingOptions(adapter, 'c1', variant).queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({ signal });
    await expect(run()).resolves.toEqual({ source: { url: 'https://s3.test/r.mp3', expiresAt: T0 + 60_000 }, issuedAt: T0 });
    await run('original');
    expect(getRecording.mock.calls).toEqual([['c1', { signal }], ['c1', { signal, variant: 'original' }]]);
    const options = recordingOptions(adapter, 'c1');
    expect(options).toMatchObject({ staleTime: 0, gcTime: 0 });
    expect(recordingOptions(adapter, 'c1', 'original').queryKey).not.toEqual(options.queryKey);
    // Retried for what another try can fix, twice at most; never for what it cannot.
    const retry = options.retry as (count: number, error: Error) => boolean;
    expect([retry(0, new AdapterError('network', 'offline')), retry(1, new AdapterError('server', '500')), retry(2, new AdapterError('network', 'offline'))]).toEqual([true, true, false]);
    expect(retry(0, new AdapterError('forbidden', 'no'))).toBe(false);
  });

  it('a host\'s adapter that answers something malformed gets a clear error, not a crash later', async () => {
    const adapter = adapterWith(vi.fn(async () => ({ url: 42 }) as never));
    const queryFn = recordingOptions(adapter, 'c1').queryFn as (context: { signal: AbortSignal }) => Promise<unknown>;
    await expect(queryFn({ signal: new AbortController().signal })).rejects.toMatchObject({ code: 'invalid-response', message: expect.stringContaining('recording.url') });
  });

  it('without an adapter nothing is fetched, under a key of its own', () => {
    const options = recordingOptions(undefined, 'c1');
    expect(options.queryFn).toBe(skipToken);
    expect(options.queryKey).toEqual(['talkturo-calls', 'no-adapter', 'recording', 'c1']);
  });
});

describe('the timer on the URL the media plays (watchUrlExpiry)', () => {
  /** An owner that says how long `url` may still start a request, and whether it may now. */
  const expiring = (usableFor: number[], usable: boolean[] = []) => {
    const recording = { usableFor: vi.fn(() => usableFor.shift() ?? Number.POSITIVE_INFINITY), isUsable: vi.fn(() => usable.shift() ?? false) };
    const scope = new Scope();
    const onExpired = vi.fn();
    const watch = watchUrlExpiry(scope, recording as unknown as SignedRecording, onExpired);
    return { recording, scope, onExpired, watch };
  };

  it('fires once the URL may no longer start a request, not a millisecond before', () => {
    const { recording, onExpired, watch } = expiring([1000]);
    watch.watch('https://s3.test/a.mp3');
    expect(recording.usableFor).toHaveBeenCalledWith('https://s3.test/a.mp3');
    vi.advanceTimersByTime(999);
    expect(onExpired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recording.isUsable).toHaveBeenCalledWith('https://s3.test/a.mp3');
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('arms again while the owner says the URL still can (a lifetime longer than one timer, a clock that moved)', () => {
    const { onExpired, watch } = expiring([MAX_TIMER_MS * 3, 500], [true, false]);
    watch.watch('https://s3.test/a.mp3');
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(onExpired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(499);
    expect(onExpired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('watches nothing for a URL without an end, for bytes held here (null), once cancelled or once its scope is gone', () => {
    const forever = expiring([Number.POSITIVE_INFINITY]);
    forever.watch.watch('https://cdn.test/a.mp3');
    expect(forever.scope.pending).toBe(0);
    const held = expiring([1000]);
    held.watch.watch(null);
    expect(held.recording.usableFor).not.toHaveBeenCalled();
    const cancelled = expiring([1000]);
    cancelled.watch.watch('https://s3.test/a.mp3');
    cancelled.watch.cancel();
    const disposed = expiring([1000]);
    disposed.watch.watch('https://s3.test/a.mp3');
    disposed.scope.dispose();
    // A new URL replaces the old one's timer.
    const moved = expiring([1000, 5000]);
    moved.watch.watch('https://s3.test/a.mp3');
    moved.watch.watch('https://s3.test/b.mp3');
    vi.advanceTimersByTime(4999);
    for (const { onExpired } of [forever, held, cancelled, disposed, moved]) expect(onExpired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(moved.onExpired).toHaveBeenCalledTimes(1);
    expect(moved.recording.isUsable).toHaveBeenCalledWith('https://s3.test/b.mp3');
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { declaredLifetime, MAX_TIMER_MS, parseInstant, urlLifetime } from '../../src/signed-url/lifetime';
import { backoffDelay, refreshAt, refreshMargin, timerDelay, usableUntil } from '../../src/signed-url/schedule';
import { diagnose, diagnosis } from '../../src/signed-url/diagnose';
import { canRefresh, initialGuard, recordFailure, recordRefresh, recordSuccess } from '../../src/signed-url/refreshGuard';
import { onWake } from '../../src/signed-url/wake';

const T0 = Date.UTC(2026, 10, 24, 18, 30, 0); // the browser's clock when the URL arrives
const MIN = 60_000;
const amzDate = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const s3 = (signedAt: number, seconds: number) =>
  `https://bucket.s3.amazonaws.com/rec.mp3?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${amzDate(signedAt)}&X-Amz-Expires=${seconds}&X-Amz-Signature=ab`;

describe('parseInstant', () => {
  it.each([
    ['epoch ms', 1_800_000_000_000, 1_800_000_000_000],
    ['epoch seconds (< 10^11)', 1_800_000_000, 1_800_000_000_000],
    ['epoch seconds as a string', '1800000000', 1_800_000_000_000],
    ['ISO with Z', '2026-11-24T18:30:00.000Z', T0],
    ['ISO with an offset', '2026-11-24T19:30:00+01:00', T0],
    ['ISO without an offset is UTC', '2026-11-24T18:30:00', T0],
    ['ISO without an offset, space separated', '2026-11-24 18:30:00', T0],
    ['compact (X-Amz-Date)', '20261124T183000Z', T0],
    ['garbage', 'tomorrow-ish', Number.NaN],
    ['absent', undefined, Number.NaN],
    ['not finite', Number.POSITIVE_INFINITY, Number.NaN],
  ])('%s', (_name, input, expected) => {
    expect(parseInstant(input as string | number | undefined)).toBe(expected);
  });
});

describe('declaredLifetime', () => {
  it.each([
    ['S3 SigV4', s3(T0, 600), { kind: 'relative', signedAt: T0, lifetimeMs: 600_000 }],
    ['S3 SigV4, other letter case', s3(T0, 10).replace('X-Amz-Date', 'x-amz-date'), { kind: 'relative', signedAt: T0, lifetimeMs: 10_000 }],
    ['GCS V4', `https://storage.googleapis.com/b/o?X-Goog-Date=${amzDate(T0)}&X-Goog-Expires=900&X-Goog-Signature=1`, { kind: 'relative', signedAt: T0, lifetimeMs: 900_000 }],
    ['CloudFront / S3 SigV2 Expires', `https://d1.cloudfront.net/r.mp3?Expires=${T0 / 1000 + 3600}&Signature=x&Key-Pair-Id=K`, { kind: 'absolute', expiresAt: T0 + 3_600_000 }],
    ['Azure SAS se', 'https://a.blob.core.windows.net/c/r.mp3?sv=2022-11-02&se=2026-11-24T19%3A30%3A00Z&sr=b&sp=r&sig=abc', { kind: 'absolute', expiresAt: T0 + 3_600_000 }],
    ['a plain URL', 'https://cdn.example.com/r.mp3', null],
    ['an unsigned expires parameter (a cache buster)', 'https://cdn.example.com/r.mp3?expires=1764000000000', null],
    ['a relative proxy path', '/recordings/r.mp3?token=1', null],
  ])('%s', (_name, url, expected) => {
    expect(declaredLifetime(url)).toEqual(expected);
  });
});

// A URL's own date counts whole seconds, so its lifetime is read a second short.
const S = 1_000;

describe('urlLifetime (browser clock, from receipt)', () => {
  const cases: [string, Parameters<typeof urlLifetime>[0], number | null, string][] = [
    ['S3 URL, clocks agree', { url: s3(T0, 60), expiresAt: T0 + MIN, receivedAt: T0 }, T0 + MIN - S, 'url'],
    // The server (API and storage) is 10 minutes ahead of the browser: expiresAt alone would say 11 min.
    ['S3 URL, server +10 min', { url: s3(T0 + 10 * MIN, 60), expiresAt: T0 + 11 * MIN, receivedAt: T0 }, T0 + MIN - S, 'url'],
    // 10 minutes behind: expiresAt alone says "expired 9 minutes ago".
    ['S3 URL, server -10 min', { url: s3(T0 - 10 * MIN, 60), expiresAt: T0 - 9 * MIN, receivedAt: T0 }, T0 + MIN - S, 'url'],
    ['S3 URL 45 s ahead, 10 s life', { url: s3(T0 + 45_000, 10), expiresAt: T0 + 55_000, receivedAt: T0 }, T0 + 10_000 - S, 'url'],
    ['S3 URL signed 20 s before the API answered (Date header)', { url: s3(T0 - 20_000, 60), expiresAt: T0 + 40_000, receivedAt: T0, serverTime: T0 }, T0 + 40_000 - S, 'url'],
    ['S3 URL with a skewed Date header: age from the server clock', { url: s3(T0 + 5 * MIN, 60), expiresAt: 0, receivedAt: T0, serverTime: new Date(T0 + 5 * MIN + 30_000).toUTCString() }, T0 + 30_000 - S, 'url'],
    ['CloudFront Expires moved by the server clock', { url: `https://d.net/r?Expires=${(T0 + 10 * MIN + 3_600_000) / 1000}&Signature=s`, expiresAt: 0, receivedAt: T0, serverTime: T0 + 10 * MIN }, T0 + 3_600_000, 'url'],
    ['expiresAt in epoch seconds', { url: 'https://cdn/r.mp3', expiresAt: (T0 + MIN) / 1000, receivedAt: T0 }, T0 + MIN, 'expires-at'],
    ['expiresAt ISO without offset', { url: 'https://cdn/r.mp3', expiresAt: '2026-11-24T18:31:00', receivedAt: T0 }, T0 + MIN, 'expires-at'],
    ['expiresAt corrected by the server clock (+10 min)', { url: 'https://cdn/r.mp3', expiresAt: T0 + 11 * MIN, receivedAt: T0, serverTime: T0 + 10 * MIN }, T0 + MIN, 'expires-at'],
    ['expiresAt corrected by the server clock (-10 min)', { url: 'https://cdn/r.mp3', expiresAt: T0 - 9 * MIN, receivedAt: T0, serverTime: T0 - 10 * MIN }, T0 + MIN, 'expires-at'],
    ['30-day expiresAt: implausible, refresh on refusal', { url: 'https://cdn/r.mp3', expiresAt: T0 + 30 * 24 * 60 * MIN, receivedAt: T0 }, null, 'unknown'],
    ['"never expires" sentinel', { url: 'https://cdn/r.mp3', expiresAt: '9999-12-31T23:59:59Z', receivedAt: T0 }, null, 'unknown'],
    ['0-second lifetime', { url: 'https://cdn/r.mp3', expiresAt: T0, receivedAt: T0 }, null, 'unknown'],
    ['already expired (server clock behind, no Date header)', { url: 'https://cdn/r.mp3', expiresAt: T0 - 35_000, receivedAt: T0 }, null, 'unknown'],
    ['unreadable expiresAt', { url: 'https://cdn/r.mp3', expiresAt: 'soon', receivedAt: T0 }, null, 'unknown'],
    ['a URL declaring 0 s falls back to expiresAt', { url: s3(T0, 0), expiresAt: T0 + MIN, receivedAt: T0 }, T0 + MIN, 'expires-at'],
  ];
  it.each(cases)('%s', (_name, evidence, expiresAt, basis) => {
    expect(urlLifetime(evidence)).toEqual({ expiresAt, basis });
  });
});

describe('schedule', () => {
  it.each([
    [2_000, 2_000],
    [10_000, 2_000],
    [60_000, 12_000],
    [3_600_000, 30_000],
  ])('a %i ms URL is refreshed %i ms before it expires', (lifetime, margin) => {
    expect(refreshMargin(lifetime)).toBe(margin);
    expect(refreshAt({ receivedAt: 0, expiresAt: lifetime })).toBe(lifetime - margin);
  });

  it('a URL stops starting requests shortly before it expires, never when its life is unknown', () => {
    expect(usableUntil({ receivedAt: 0, expiresAt: 60_000 })).toBe(55_000);
    expect(usableUntil({ receivedAt: 0, expiresAt: 3_000 })).toBe(2_000);
    // The spare is fetched a second before the URL in hand stops being usable, however short it lives.
    for (const lifetime of [2_000, 5_000, 10_000, 60_000, 3_600_000]) {
      expect(usableUntil({ receivedAt: 0, expiresAt: lifetime }) - refreshAt({ receivedAt: 0, expiresAt: lifetime })!).toBeGreaterThanOrEqual(1_000);
    }
    expect(usableUntil({ receivedAt: 0, expiresAt: null })).toBe(Number.POSITIVE_INFINITY);
    expect(refreshAt({ receivedAt: 0, expiresAt: null })).toBeNull();
  });

  it.each([
    ['in the future', 5_000, 0, 5_000],
    ['in the past', -5_000, 0, 0],
    ['past the 2^31-1 ms timer limit (30 days)', 30 * 24 * 3600 * 1000, 0, MAX_TIMER_MS],
  ])('timer delay for an instant %s', (_name, at, now, expected) => {
    expect(timerDelay(at, now)).toBe(expected);
  });

  it.each([[1, 2_000], [2, 4_000], [3, 8_000], [10, 120_000]])('back-off after %i failures: %i ms', (n, ms) => {
    expect(backoffDelay(n)).toBe(ms);
  });
});

describe('diagnosis after repeated failures', () => {
  it.each([
    [403, 'failures', 'storage-refused'],
    [401, 'rate', 'storage-refused'],
    [404, 'failures', 'storage-missing'],
    [206, 'failures', 'not-playable'],
    [206, 'rate', 'refresh-limit'],
    [500, 'failures', 'refresh-limit'],
  ] as const)('storage answers %i after too many %s: %s', (status, reason, code) => {
    expect(diagnosis(status, reason)).toMatchObject({ name: 'PlayerError', code });
  });

  it('storage that cannot be reached says so', async () => {
    await expect(diagnose('https://s3.test/r.mp3', 'failures', async () => { throw new TypeError('Failed to fetch'); }))
      .resolves.toMatchObject({ code: 'storage-unreachable' });
  });
});

describe('parseInstant in a browser west of UTC', () => {
  // The tests run in UTC, where a time without an offset read as local time cannot be told from one read
  // as UTC; dashboards run in every time zone. The browser's Date.parse reads such a time as local: here,
  // as a browser 8 hours west of UTC does (the time zone of a worker thread cannot be changed).
  const realParse = Date.parse;
  const noOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:[\d.]+)?$/;
  beforeAll(() => {
    vi.spyOn(Date, 'parse').mockImplementation((text: string) => realParse(text) + (noOffset.test(text.trim()) ? 8 * 3_600_000 : 0));
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['ISO without an offset', '2026-11-24T18:30:00', T0],
    ['with milliseconds', '2026-11-24T18:30:00.250', T0 + 250],
    ['with a space', '2026-11-24 18:30:00', T0],
    ['minutes only', '2026-11-24T18:30', T0],
    ['with Z', '2026-11-24T18:30:00Z', T0],
    ['with an offset', '2026-11-24T10:30:00-08:00', T0],
    ['compact', '20261124T183000Z', T0],
    ['compact with text around it is not compact', 'x20261124T183000Zx', Number.NaN],
    ['an epoch with a fraction', '1800000000.5', 1_800_000_000_500],
    ['10^11 exactly is milliseconds', 100_000_000_000, 100_000_000_000],
    ['just under 10^11 is seconds', 99_999_999_999, 99_999_999_999_000],
    ['padded', '  2026-11-24T18:30:00  ', T0],
  ])('%s', (_name, input, expected) => {
    expect(Date.parse('2026-11-24T18:30:00')).toBe(T0 + 8 * 3_600_000); // local time is really not UTC here
    expect(parseInstant(input)).toBe(expected);
  });
});

describe('declared lifetimes that are half there', () => {
  it.each([
    ['S3 with a date and no expiry', 'https://s3.test/r.mp3?X-Amz-Date=20261124T183000Z&X-Amz-Signature=a', null],
    ['S3 with an expiry and no date', 'https://s3.test/r.mp3?X-Amz-Expires=60&X-Amz-Signature=a', null],
    ['Azure with se and no sig', 'https://a.blob.test/r.mp3?se=2026-11-24T18:31:00Z', null],
    ['Azure with sig and no se', 'https://a.blob.test/r.mp3?sig=abc', null],
    ['Azure with an unreadable se', 'https://a.blob.test/r.mp3?se=soon&sig=abc', null],
    ['Azure', 'https://a.blob.test/r.mp3?se=2026-11-24T18:31:00Z&sig=abc', { kind: 'absolute', expiresAt: T0 + MIN }],
    ['CloudFront without a signature', 'https://cdn.test/r.mp3?Expires=1800000000', null],
    ['a URL that cannot be parsed', 'http://[bad', null],
  ])('%s', (_name, url, expected) => {
    expect(declaredLifetime(url)).toEqual(expected);
  });

  it('a lifetime of exactly 7 days is plausible; a millisecond more is not', () => {
    const at = (ms: number) => urlLifetime({ url: 'https://cdn.test/r.mp3', expiresAt: T0 + ms, receivedAt: T0 });
    expect(at(7 * 24 * 60 * MIN)).toEqual({ expiresAt: T0 + 7 * 24 * 60 * MIN, basis: 'expires-at' });
    expect(at(7 * 24 * 60 * MIN + 1)).toEqual({ expiresAt: null, basis: 'unknown' });
  });
});

describe('the refresh guard', () => {
  const options = { maxPerMinute: 3, maxConsecutiveFailures: 2 };
  it('counts the refreshes of the last 60 seconds only', () => {
    let state = initialGuard();
    for (const t of [0, 10_000, 20_000]) state = recordRefresh(state, T0 + t);
    expect(canRefresh(state, T0 + 30_000, options)).toEqual({ ok: false, reason: 'rate' });
    // At 60 s the first one is a minute old and no longer counts.
    expect(canRefresh(state, T0 + 59_999, options)).toEqual({ ok: false, reason: 'rate' });
    expect(canRefresh(state, T0 + 60_000, options)).toEqual({ ok: true });
    // Recording a refresh forgets those older than a minute.
    expect(recordRefresh(state, T0 + 70_001).refreshes).toEqual([T0 + 20_000, T0 + 70_001]);
  });

  it('stops at the failures in a row, and a success starts the count again', () => {
    let state = recordFailure(initialGuard());
    expect(canRefresh(state, T0, options)).toEqual({ ok: true });
    state = recordFailure(state);
    expect(canRefresh(state, T0, options)).toEqual({ ok: false, reason: 'failures' });
    expect(canRefresh(recordSuccess(state), T0, options)).toEqual({ ok: true });
    expect(recordSuccess(recordRefresh(state, T0)).refreshes).toEqual([T0]);
  });
});

describe('the storage diagnosis, at the edges of its answers', () => {
  it.each([
    [200, 'failures', 'not-playable'],
    [299, 'failures', 'not-playable'],
    [300, 'failures', 'refresh-limit'],
    [199, 'failures', 'refresh-limit'],
    [404, 'rate', 'storage-missing'],
  ] as const)('%i after too many %s: %s', (status, reason, code) => {
    expect(diagnosis(status, reason)).toMatchObject({ code });
  });

  it('says the status storage answered, and keeps the cause when it could not be reached', async () => {
    expect(diagnosis(403, 'failures')).toMatchObject({ code: 'storage-refused', status: 403 });
    expect(diagnosis(404, 'failures')).toMatchObject({ code: 'storage-missing', status: 404 });
    const cause = new TypeError('Failed to fetch');
    const error = await diagnose('https://s3.test/r.mp3', 'failures', async () => { throw cause; });
    expect(error.cause).toBe(cause);
  });
});

describe('waking', () => {
  it('calls back when the page comes back, not while it is hidden, and stops when told', () => {
    const events = { window: new EventTarget(), document: new EventTarget() };
    const wake = vi.fn();
    const stop = onWake(events, wake);
    for (const [target, type] of [['document', 'visibilitychange'], ['document', 'resume'], ['window', 'pageshow'], ['window', 'online']] as const) {
      events[target].dispatchEvent(new Event(type));
    }
    expect(wake).toHaveBeenCalledTimes(4);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    events.document.dispatchEvent(new Event('visibilitychange'));
    expect(wake).toHaveBeenCalledTimes(4);
    hidden.mockRestore();
    stop();
    events.window.dispatchEvent(new Event('online'));
    events.document.dispatchEvent(new Event('resume'));
    expect(wake).toHaveBeenCalledTimes(4);
  });
});

describe('instants and lifetimes at the edges of their formats', () => {
  it.each([
    ['epoch seconds with two decimals', '1796000000.25', 1_796_000_000_250],
    ['compact ISO with something before it', 'x20261124T183000Z', Number.NaN],
    ['compact ISO with something after it', '20261124T183000Zs', Number.NaN],
  ])('%s: %j', (_name, input, expected) => {
    expect(parseInstant(input)).toBe(expected);
  });

  it('reads a date with words before it as the browser reads it, not as a bare UTC date-time', () => {
    expect(parseInstant('Tue 2026-11-24 18:30')).toBe(Date.parse('Tue 2026-11-24 18:30'));
    expect(Number.isFinite(parseInstant('Tue 2026-11-24 18:30'))).toBe(true);
  });

  it("reads Azure's signed expiry only beside its signature", () => {
    expect(declaredLifetime('https://acct.blob.core.windows.net/c/r.mp3?se=2026-11-24T19:30:00Z&sig=abc')).toEqual({ kind: 'absolute', expiresAt: Date.UTC(2026, 10, 24, 19, 30) });
    expect(declaredLifetime('https://acct.blob.core.windows.net/c/r.mp3?se=2026-11-24T19:30:00Z')).toBeNull();
    expect(declaredLifetime('https://acct.blob.core.windows.net/c/r.mp3?sig=abc')).toBeNull();
  });

  it('forgets a refresh once it is a minute old, to the millisecond', () => {
    expect(recordRefresh({ refreshes: [0, 1], failures: 2 }, 60_000)).toEqual({ refreshes: [1, 60_000], failures: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { declaredLifetime, MAX_TIMER_MS, parseInstant, urlLifetime } from '../../src/signed-url/lifetime';
import { backoffDelay, refreshAt, refreshMargin, timerDelay, usableUntil } from '../../src/signed-url/schedule';
import { diagnose, diagnosis } from '../../src/signed-url/diagnose';

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

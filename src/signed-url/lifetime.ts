// Pure: how long a signed URL lives, on this browser's clock, from the best evidence there is.
// Clocks differ: the API's, the storage's and the browser's may be minutes apart, so an absolute
// expiry is only trusted after it has been moved onto the browser's clock.

import { MAX_TIMER_MS } from '../util/timers.js';
export { MAX_TIMER_MS };
/** S3 signs for 7 days at most; a longer (or negative) lifetime is read as "unknown". */
export const MAX_LIFETIME_MS = 7 * 24 * 3600 * 1000;

/**
 * An instant as epoch ms, NaN when unreadable. Numbers (or digit strings) below 10^11 are epoch
 * seconds; an ISO 8601 string without an offset is UTC, whatever the browser's time zone.
 */
export function parseInstant(value: string | number | null | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? (Math.abs(value) < 1e11 ? value * 1000 : value) : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return parseInstant(Number(text));
  // Compact ISO (S3's and GCS's X-…-Date): 20261124T183000Z.
  const compact = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  }
  // A date-time without Z or ±hh:mm would be local time to Date.parse: pin it to UTC.
  const noOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  return Date.parse(noOffset ? `${text.replace(' ', 'T')}Z` : text);
}

/** What a URL says of its own life: a start and a length (relative), or an instant (absolute). */
export type DeclaredLifetime =
  | { kind: 'relative'; signedAt: number; lifetimeMs: number }
  | { kind: 'absolute'; expiresAt: number };

/**
 * The lifetime a signed URL declares in its query: S3 SigV4 (X-Amz-Date + X-Amz-Expires), GCS V4
 * (X-Goog-Date + X-Goog-Expires), S3 SigV2 and CloudFront (Expires, epoch seconds), Azure SAS (se).
 * Null when it declares none (or the URL cannot be parsed).
 */
export function declaredLifetime(url: string): DeclaredLifetime | null {
  let params: URLSearchParams;
  try {
    params = new URL(url, 'http://relative.invalid').searchParams;
  } catch {
    return null;
  }
  const get = (name: string) => {
    for (const [key, value] of params) if (key.toLowerCase() === name) return value;
    return null;
  };
  for (const vendor of ['amz', 'goog']) {
    const signedAt = parseInstant(get(`x-${vendor}-date`));
    const seconds = Number(get(`x-${vendor}-expires`) ?? Number.NaN);
    if (Number.isFinite(signedAt) && Number.isFinite(seconds)) return { kind: 'relative', signedAt, lifetimeMs: seconds * 1000 };
  }
  const expires = parseInstant(get('expires'));
  if (Number.isFinite(expires) && get('signature') !== null) return { kind: 'absolute', expiresAt: expires };
  // Azure's SAS: `se` (signed expiry) counts only beside its signature.
  if (get('sig') !== null) {
    const at = parseInstant(get('se'));
    if (Number.isFinite(at)) return { kind: 'absolute', expiresAt: at };
  }
  return null;
}

/** X-Amz-Date, X-Goog-Date and the HTTP Date header count whole seconds. */
const DATE_RESOLUTION_MS = 1_000;

export interface LifetimeEvidence {
  url: string;
  /** The adapter's `expiresAt`, on the server's clock. */
  expiresAt: string | number | undefined;
  /** When this browser received the URL (its own clock). */
  receivedAt: number;
  /** The API's clock when it answered (its `Date` header), when known. */
  serverTime?: string | number | undefined;
}

export interface Lifetime {
  /** When the URL stops working, on the browser's clock; null when unknown (refresh on refusal). */
  expiresAt: number | null;
  /** Which evidence decided it. */
  basis: 'url' | 'expires-at' | 'unknown';
}

/**
 * The URL's expiry on this browser's clock. The URL's own declared lifetime wins, counted from when
 * the browser received it (less the URL's age when the server's clock tells it); else `expiresAt`
 * moved by the server's clock offset where known; else `expiresAt` as given. Negative, zero or
 * over-7-day lifetimes are implausible (clock errors, "never expires" sentinels) and read as unknown.
 */
export function urlLifetime({ url, expiresAt, receivedAt, serverTime }: LifetimeEvidence): Lifetime {
  const server = parseInstant(serverTime);
  const skew = Number.isFinite(server) ? server - receivedAt : null;
  const plausible = (at: number, basis: Lifetime['basis']): Lifetime | null => {
    const remaining = at - receivedAt;
    return Number.isFinite(remaining) && remaining > 0 && remaining <= MAX_LIFETIME_MS ? { expiresAt: at, basis } : null;
  };
  const declared = declaredLifetime(url);
  if (declared?.kind === 'relative') {
    // Both dates are whole seconds: the URL may have been signed up to a second after its date says.
    const age = skew === null ? 0 : Math.max(0, server - declared.signedAt);
    const fromUrl = plausible(receivedAt + declared.lifetimeMs - age - DATE_RESOLUTION_MS, 'url');
    if (fromUrl) return fromUrl;
  } else if (declared?.kind === 'absolute') {
    const fromUrl = plausible(declared.expiresAt - (skew ?? 0), 'url');
    if (fromUrl) return fromUrl;
  }
  const given = parseInstant(expiresAt);
  return plausible(given - (skew ?? 0), 'expires-at') ?? { expiresAt: null, basis: 'unknown' };
}

// Pure rules for a signed URL's life: when it is too old to use, when to refresh it.

/** `expiresAt` (ISO 8601 or epoch ms) as epoch ms; NaN when it is neither. */
export function expiryTime(expiresAt: string | number): number {
  return typeof expiresAt === 'number' ? expiresAt : Date.parse(expiresAt);
}

/**
 * How long before expiry a URL counts as stale: a fifth of its lifetime, at least 1 s (clock
 * skew, request time) and at most 30 s (a long-lived URL need not be replaced early).
 */
export function refreshMargin(lifetimeMs: number): number {
  return Math.min(30_000, Math.max(1_000, lifetimeMs / 5));
}

/** Milliseconds from `now` until the URL should be replaced; 0 when it already should be. */
export function msUntilRefresh(expiresAt: string | number, issuedAt: number, now: number): number {
  const expiry = expiryTime(expiresAt);
  if (!Number.isFinite(expiry)) return 0;
  return Math.max(0, expiry - refreshMargin(expiry - issuedAt) - now);
}

/**
 * When to ask the adapter for the next URL: shortly before this one expires, but never in a tight
 * loop: at least 1 s apart, and 10 s when the adapter handed out a URL that was already expired.
 */
export function refetchDelay(expiresAt: string | number, issuedAt: number, now: number): number {
  const expiry = expiryTime(expiresAt);
  if (!Number.isFinite(expiry) || expiry <= issuedAt) return 10_000;
  return Math.max(1_000, msUntilRefresh(expiresAt, issuedAt, now));
}

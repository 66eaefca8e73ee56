// Pure: when a held URL should be replaced, until when it may start a request, and how long to back off.
import type { RecordingSource } from '../types.js';
import { MAX_TIMER_MS } from './lifetime.js';

export interface HeldUrl {
  /** Browser clock. */
  receivedAt: number;
  /** Browser clock; null when unknown. */
  expiresAt: number | null;
}

/** A URL the owner holds: its source, when it arrived and expires, and whether storage refused it. */
export interface Held extends HeldUrl {
  source: RecordingSource;
  refused: boolean;
}

/**
 * How long before expiry a URL no longer starts a request: the request must reach storage in time,
 * on a busy device too. A tenth of the lifetime, at least 1 s, at most 5 s.
 */
export function usableMargin(lifetimeMs: number): number {
  return Math.min(5_000, Math.max(1_000, lifetimeMs / 10));
}

/**
 * How long before expiry a new URL is fetched: a fifth of the lifetime, at most 30 s (a long-lived
 * URL need not be replaced early), and always a second before the URL stops being usable, so a spare
 * is in hand by then.
 */
export function refreshMargin(lifetimeMs: number): number {
  return Math.min(30_000, Math.max(usableMargin(lifetimeMs) + 1_000, lifetimeMs / 5));
}

/** When to fetch the next URL (browser clock); null when the lifetime is unknown. */
export function refreshAt(held: HeldUrl): number | null {
  if (held.expiresAt === null) return null;
  return held.expiresAt - refreshMargin(held.expiresAt - held.receivedAt);
}

/** Until when the URL may start a request (browser clock); Infinity when the lifetime is unknown. */
export function usableUntil(held: HeldUrl): number {
  if (held.expiresAt === null) return Number.POSITIVE_INFINITY;
  return held.expiresAt - usableMargin(held.expiresAt - held.receivedAt);
}

/** A timer delay for an instant: never negative, never past the browser's limit (it re-checks then). */
export function timerDelay(at: number, now: number): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, at - now));
}

/** Back-off after the n-th failed refresh in a row (n ≥ 1): 2 s, 4 s, 8 s … at most 2 minutes. */
export function backoffDelay(failures: number): number {
  return Math.min(120_000, 1_000 * 2 ** Math.max(1, failures));
}

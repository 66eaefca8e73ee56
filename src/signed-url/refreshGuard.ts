// Pure bookkeeping that keeps URL refreshes from turning into a loop.

export interface RefreshGuardOptions {
  /** Refreshes allowed in any 60-second window. */
  maxPerMinute: number;
  /** Failed loads in a row (no successful load between them) before giving up. */
  maxConsecutiveFailures: number;
}

export const DEFAULT_REFRESH_GUARD: RefreshGuardOptions = { maxPerMinute: 8, maxConsecutiveFailures: 3 };

export interface RefreshGuardState {
  refreshes: number[];
  failures: number;
}

export const initialGuard = (): RefreshGuardState => ({ refreshes: [], failures: 0 });

/** Whether another refresh may start now; the reason when it may not. */
export function canRefresh(
  state: RefreshGuardState, now: number, options: RefreshGuardOptions = DEFAULT_REFRESH_GUARD,
): { ok: true } | { ok: false; reason: 'rate' | 'failures' } {
  if (state.failures >= options.maxConsecutiveFailures) return { ok: false, reason: 'failures' };
  const recent = state.refreshes.filter((t) => now - t < 60_000);
  if (recent.length >= options.maxPerMinute) return { ok: false, reason: 'rate' };
  return { ok: true };
}

export const recordRefresh = (state: RefreshGuardState, now: number): RefreshGuardState => ({
  refreshes: [...state.refreshes.filter((t) => now - t < 60_000), now],
  failures: state.failures,
});

export const recordFailure = (state: RefreshGuardState): RefreshGuardState => ({ ...state, failures: state.failures + 1 });

export const recordSuccess = (state: RefreshGuardState): RefreshGuardState => ({ ...state, failures: 0 });

// Skipping silences while playing: a stretch where nobody speaks for longer than the analysis'
// threshold is jumped over, keeping a quarter second at each edge so the cut is not abrupt.
import type { TimeRange } from '../../../analysis/speech.js';
import type { Scope } from '../../../util/scope.js';
import type { Store } from '../../engine/store.js';
import type { PlayerSnapshot } from '../../engine/state.js';

/** Kept of each skipped silence: half at its start, half at its end (s). */
export const KEPT_SILENCE_SECONDS = 0.5;

/** Where to jump from `time`, inside one of `silences` (sorted), or null. */
export function silenceJump(silences: readonly TimeRange[], time: number, kept = KEPT_SILENCE_SECONDS): number | null {
  for (const s of silences) {
    const to = s.end - kept / 2;
    if (time >= s.start + kept / 2 && time < to - 0.05) return to;
  }
  return null;
}

/** A time from before the jump that the media reports after it is stale for at most this long (ms). */
const LANDING_MS = 1000;

/** The feature's own state: whether it skips, and the seconds it has saved. */
export interface SkipSilencesState {
  on: boolean;
  skipped: number;
}

/** Watches the player's clock while playing with skipping on; seeks past silences and counts what it saved. */
export function skipSilences(scope: Scope, store: Store<PlayerSnapshot>, own: Store<SkipSilencesState>, seek: (seconds: number) => void): void {
  let landing: { to: number; since: number } | null = null;
  scope.add(store.subscribe(() => {
    const { intent, analysis, currentTime } = store.get();
    if (!own.get().on || intent !== 'play' || !analysis) return;
    const to = silenceJump(analysis.silences, currentTime);
    // A time update that left the media before the seek did is not a second silence to skip.
    if (landing && (currentTime >= landing.to - 0.05 || performance.now() - landing.since > LANDING_MS)) landing = null;
    // The jump's own updates of the store come back here with this landing set: not a second jump.
    if (to === null || landing?.to === to) return;
    landing = { to, since: performance.now() };
    seek(to);
    own.set({ skipped: own.get().skipped + (to - currentTime) });
  }));
}

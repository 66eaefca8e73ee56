// A timer on the URL the media plays: it fires once that URL may no longer start a request (re-armed while
// the owner says it still can), so playback that will need the network can be moved to a new URL in time.
import type { SignedRecording } from './SignedRecording.js';
import { MAX_TIMER_MS } from './lifetime.js';
import type { Scope } from '../util/scope.js';

export interface ExpiryWatch {
  /** Watches `url`; null (playing bytes held here) watches nothing. */
  watch(url: string | null): void;
  cancel(): void;
}

export function watchUrlExpiry(scope: Scope, recording: SignedRecording, onExpired: () => void): ExpiryWatch {
  let cancelTimer: (() => void) | null = null;
  const watch = (url: string | null) => {
    cancelTimer?.();
    cancelTimer = null;
    if (url === null) return;
    const ms = recording.usableFor(url);
    if (!Number.isFinite(ms)) return;
    cancelTimer = scope.timeout(() => (recording.isUsable(url) ? watch(url) : onExpired()), Math.min(ms, MAX_TIMER_MS));
  };
  return { watch, cancel: () => watch(null) };
}

// Where the player's clock comes from: the media element. `timeupdate` as it comes; where an engine
// goes quiet on it while playing, the element read every QUIET_CLOCK_MS; and the file's own length
// whenever the element learns it (a counter must never read 0:19 / 0:18).
import type { Scope } from '../../util/scope.js';

/** No timeupdate for this long while playing: the clock reads the element itself. */
export const QUIET_CLOCK_MS = 300;

export function followMediaClock(scope: Scope, audio: HTMLMediaElement, onTime: (seconds: number) => void, onDuration: (seconds: number) => void): void {
  let heardAt = -Infinity;
  let ticking: (() => void) | null = null;
  const tick = () => {
    ticking = null;
    if (audio.paused || scope.disposed) return;
    if (performance.now() - heardAt > QUIET_CLOCK_MS) onTime(audio.currentTime);
    ticking = scope.timeout(tick, QUIET_CLOCK_MS);
  };
  scope.listen(audio, 'playing', () => {
    ticking ??= scope.timeout(tick, QUIET_CLOCK_MS);
  });
  scope.listen(audio, 'timeupdate', () => {
    heardAt = performance.now();
    onTime(audio.currentTime);
  });
  const takeDuration = () => {
    if (Number.isFinite(audio.duration) && audio.duration > 0) onDuration(audio.duration);
  };
  scope.listen(audio, 'loadedmetadata', takeDuration);
  scope.listen(audio, 'durationchange', takeDuration);
}

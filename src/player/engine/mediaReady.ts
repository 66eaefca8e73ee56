// Waiting on the media element: until it can play (the lanes' own work waits for first audio), and
// for its duration when the source did not say.
import type { Scope } from '../../util/scope.js';
import type { Store } from './store.js';
import type { PlayerSnapshot } from './state.js';

/** Resolves once the media can play, or after `maxMs`. */
export function mediaCanPlay(scope: Scope, audio: HTMLAudioElement, maxMs = 1500): Promise<void> {
  if (audio.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) return Promise.resolve();
  return new Promise((resolve) => {
    const stopListening = scope.listen(audio, 'canplay', () => done());
    const stopTimer = scope.timeout(() => done(), maxMs);
    const done = () => {
      stopListening();
      stopTimer();
      resolve();
    };
  });
}

/** The media's duration, once its metadata is in (0 when it reports none). */
export function metadataDuration(scope: Scope, store: Store<PlayerSnapshot>, audio: HTMLAudioElement): Promise<number> {
  const read = () => (Number.isFinite(audio.duration) ? audio.duration : 0);
  if (store.get().metadataSeen && Number.isFinite(audio.duration)) return Promise.resolve(read());
  return new Promise((resolve) => {
    const stop = scope.listen(audio, 'loadedmetadata', () => {
      stop();
      resolve(read());
    });
  });
}

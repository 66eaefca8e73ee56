// Skipping silences: its own state (on or off, what it saved), the command behind the switch, and the
// skipping, which needs the analysis' silences: its code loads when the switch is first turned on. Code that
// fails to load (a dropped connection) turns the switch back off, says why, and lets it try again.
import type { PlayerFeature } from '../../engine/feature.js';
import { createStore, type Store } from '../../engine/store.js';
import type { SkipSilencesState } from './silenceSkipping.js';

export const skipSilencesFeature: PlayerFeature<Store<SkipSilencesState>> = {
  id: 'skip-silences',
  attach({ scope, store, seek, onError, command }) {
    const own = createStore<SkipSilencesState>({ on: false, skipped: 0 });
    command('setSkipSilences', (on) => own.set({ on }));
    let loading = false;
    const stopWaiting = scope.add(own.subscribe(() => {
      if (!own.get().on || loading) return;
      loading = true;
      import('./silenceSkipping.js').then(({ skipSilences }) => {
        if (scope.disposed) return;
        stopWaiting();
        skipSilences(scope, store, own, seek); // from the next tick of the clock
      }, (cause: Error) => {
        loading = false;
        if (scope.disposed) return;
        own.set({ on: false });
        onError(cause);
      });
    }));
    return own;
  },
};

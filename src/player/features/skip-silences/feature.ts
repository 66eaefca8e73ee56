// Skipping silences: it needs the analysis' silences, and its code loads when the switch is first turned
// on. Code that fails to load (a dropped connection) turns the switch back off, says why, and lets it try
// again.
import type { PlayerFeature } from '../../engine/feature.js';

export const skipSilencesFeature: PlayerFeature = {
  id: 'skip-silences',
  attach({ scope, store, seek, onError, command }) {
    command('setSkipSilences', (on) => store.set({ skipSilences: on }));
    let loading = false;
    const stopWaiting = scope.add(store.subscribe(() => {
      if (!store.get().skipSilences || loading) return;
      loading = true;
      import('./silenceSkipping.js').then(({ skipSilences }) => {
        if (scope.disposed) return;
        stopWaiting();
        skipSilences(scope, store, seek); // from the next tick of the clock
      }, (cause: Error) => {
        loading = false;
        if (scope.disposed) return;
        store.set({ skipSilences: false });
        onError(cause);
      });
    }));
  },
};

// Mute and solo per side: the samples go through Web Audio, which may read them only when the media was
// loaded with CORS, so this feature is attached before the media loads; the audio graph's code follows.
import type { PlayerFeature } from '../../engine/feature.js';
import { DEFAULT_MIX } from '../../engine/state.js';
import { createStore, type Store } from '../../engine/store.js';
import type { Listening, ListeningState } from './Listening.js';

export const muteSolo: PlayerFeature<Store<ListeningState>> = {
  id: 'mute-solo',
  beforeLoad: true,
  attach(host) {
    const { scope, store } = host;
    const own = createStore<ListeningState>({ listening: 'checking', mix: DEFAULT_MIX, gains: null });
    if (typeof AudioContext !== 'undefined') host.audio.crossOrigin = 'anonymous';
    let listening: Listening | null = null;
    const loaded = import('./Listening.js').then(({ Listening }) => {
      if (scope.disposed) return null;
      const made = (listening = new Listening(scope, own, host.audio, host.source.callerChannel ?? 0, host.onError));
      host.onChannels((count) => made.setChannels(count));
      // Standing by, nothing loads before Play: ask storage (two bytes) whether the samples will be readable.
      if (!store.get().metadataSeen && store.get().standby) made.probe(host.currentUrl());
      host.onMetadata(() => made.onMetadata());
      return made;
    }, () => null); // without its code (a failed chunk) the switches stay off, as without Web Audio
    host.onRefusal(async (url) => (await loaded)?.beforeRefusal(url) ?? false);
    host.command('toggleMix', (speaker, what) => listening?.toggle(speaker, what));
    return own;
  },
};

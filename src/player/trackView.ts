// What part of the recording the lanes show (all of it, or the zoomed-in view): the tracks above and
// below them place their marks by it.
import { useStoreSlice, type Store } from './engine/store.js';
import type { PlayerSnapshot } from './engine/state.js';

const durationOf = (s: PlayerSnapshot) => s.duration;
const viewStartOf = (s: PlayerSnapshot) => s.viewStart;
const viewEndOf = (s: PlayerSnapshot) => s.viewEnd;

export function useTrackView(store: Store<PlayerSnapshot>): { duration: number; viewStart: number; span: number } {
  const duration = useStoreSlice(store, durationOf, 0);
  const viewStart = useStoreSlice(store, viewStartOf, 0);
  const viewEnd = useStoreSlice(store, viewEndOf, 0) || duration;
  return { duration, viewStart, span: Math.max(0.001, viewEnd - viewStart) };
}

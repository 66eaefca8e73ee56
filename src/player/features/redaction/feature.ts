// Silence over the redacted stretches of a recording that has no redacted file, and the reason Download
// is then not offered. Its code (the timer aimed at each edge) loads only for a call with such ranges.
import { PlayerError } from '../../../errors.js';
import type { PlayerFeature } from '../../engine/feature.js';
import { heldBack } from '../../engine/state.js';
import type { MutedRange, RangeMuting } from './rangeMuting.js';

export interface RedactionMuting {
  /** Ranges to keep silent, and why Download is then withheld; none: as it was. */
  set(ranges: readonly MutedRange[], downloadReason: string): void;
}

export const redactionMuting: PlayerFeature<RedactionMuting> = {
  id: 'redaction-muting',
  attach({ scope, store, audio, recording, source }) {
    let muting: RangeMuting | null = null;
    return {
      set(ranges, downloadReason) {
        if (ranges.length || muting) {
          import('./rangeMuting.js').then(({ RangeMuting }) => {
            if (scope.disposed) return;
            muting ??= new RangeMuting(scope, audio);
            muting.set(ranges);
          }, (cause: Error) => {
            // Without its code the redactions would be heard: the recording is not played, and Retry says why.
            if (!scope.disposed) recording.unplayable(new PlayerError('not-playable', { cause, reason: cause.message }));
          });
        }
        const blocked = heldBack(source);
        store.set({ downloadBlocked: ranges.length ? (blocked ?? downloadReason) : blocked });
      },
    };
  },
};

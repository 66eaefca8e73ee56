// Silence over the redacted stretches of a recording that has no redacted file: the media is muted over
// each range as it plays. Loaded, with its timer, only for a call with such ranges.
import type { PlayerFeature } from '../../engine/feature.js';
import { RangeMuting } from './rangeMuting.js';

export const redactionMuting: PlayerFeature<RangeMuting> = {
  id: 'redaction-muting',
  attach: ({ scope, audio }) => new RangeMuting(scope, audio),
};

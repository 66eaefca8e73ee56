// The switch that skips silences while playing, and what it saved: it brings the skipping feature to its
// player (and, with it, the words it needs beyond the plain player's).
import type { HTMLAttributes } from 'react';
import { fillMessage, formatClock } from '../../../format.js';
import { EN_REVIEW_MESSAGES } from '../../../i18n/messages.review.js';
import { usePart } from '../../../theme/parts.js';
import { useCallsMessages } from '../../../queries/provider.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import { useStoreSlice } from '../../engine/store.js';
import { useFeature, useOwnPart, withPlayer } from '../../parts/context.js';
import { skipSilencesFeature } from './feature.js';
import type { SkipSilencesState } from './silenceSkipping.js';

const analysedOf = (s: PlayerSnapshot) => s.analysis !== null;
const onOf = (s: SkipSilencesState) => s.on;
// Whole seconds: the note changes once per skip, not with the clock.
const skippedOf = (s: SkipSilencesState) => Math.round(s.skipped);

export type SkipSilencesProps = HTMLAttributes<HTMLDivElement>;

/** A switch that jumps over long silences while playing, usable once the lanes' analysis has found them. */
export const SkipSilences = /* @__PURE__ */ withPlayer<SkipSilencesProps, HTMLDivElement>('SkipSilences', ({ player, forwardedRef, className, ...rest }) => {
  const own = useFeature(player, skipSilencesFeature);
  const { store, commands, overrides } = player;
  const part = usePart();
  const m = useCallsMessages(EN_REVIEW_MESSAGES, overrides);
  const analysed = useStoreSlice(store, analysedOf, false);
  const skip = useStoreSlice(own, onOf, false);
  const skipped = useStoreSlice(own, skippedOf, 0);
  return (
    <div {...rest} ref={forwardedRef} {...useOwnPart('skip-silences', className)} data-state={skip ? 'on' : 'off'}>
      <button type="button" role="switch" aria-checked={skip} {...part('skip-switch')} disabled={!analysed} onClick={() => commands.setSkipSilences(!skip)}>
        <span {...part('switch-track')} aria-hidden="true"><span {...part('switch-thumb')} /></span>
        <span {...part('switch-label')}>{m.skipSilences}</span>
      </button>
      <span role="status" {...part('silence-skipped')}>{skipped > 0 ? fillMessage(m.silenceSkipped, { time: formatClock(skipped) }) : ''}</span>
    </div>
  );
});

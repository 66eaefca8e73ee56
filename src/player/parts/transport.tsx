// The transport's other parts: zoom and skipping silences. Each reads the slice it shows and acts through the player's commands; the words a
// part needs beyond the plain player's come with it.
import type { HTMLAttributes } from 'react';
import { fillMessage, formatClock } from '../../format.js';
import { EN_REVIEW_MESSAGES } from '../../theme/messages.review.js';
import { usePart } from '../../theme/parts.js';
import { useCallsMessages } from '../../queries/provider.js';
import type { PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { ZoomInIcon, ZoomOutIcon } from '../icons.js';
import { ariaShortcuts } from '../shortcuts.js';
import { useOwnPart, withPlayer } from './context.js';

const waveformOf = (s: PlayerSnapshot) => s.waveform;
const zoomOf = (s: PlayerSnapshot) => s.zoom;
const zoomMaxOf = (s: PlayerSnapshot) => s.zoomMax;
const analysedOf = (s: PlayerSnapshot) => s.analysis !== null;
const skipOf = (s: PlayerSnapshot) => s.skipSilences;
// Whole seconds: the note changes once per skip, not with the clock.
const skippedOf = (s: PlayerSnapshot) => Math.round(s.silenceSkipped);

export type ZoomProps = HTMLAttributes<HTMLDivElement>;

/** Zoom out and in on the lanes (Ctrl+wheel and the - and + keys do the same). */
export const Zoom = /* @__PURE__ */ withPlayer<ZoomProps, HTMLDivElement>('Zoom', ({ player: { store, commands, m }, forwardedRef, className, ...rest }) => {
  const part = usePart();
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const zoom = useStoreSlice(store, zoomOf, 1);
  const zoomMax = useStoreSlice(store, zoomMaxOf, 1);
  return (
    <div role="group" aria-label={fillMessage(m.zoomLevel, { level: zoom })} {...rest} ref={forwardedRef} {...useOwnPart('zoom', className)} data-zoom={zoom}>
      <button type="button" {...part('zoom-out')} aria-label={m.zoomOut} aria-keyshortcuts={ariaShortcuts(['zoom'], '-')} disabled={zoom <= 1 || waveform === 'loading'} onClick={() => commands.stepZoom(-1)}>
        <ZoomOutIcon />
      </button>
      <span {...part('zoom-level')} aria-hidden="true">{zoom}x</span>
      <button type="button" {...part('zoom-in')} aria-label={m.zoomIn} aria-keyshortcuts={ariaShortcuts(['zoom'], '+')} disabled={zoom >= zoomMax || waveform === 'loading' || waveform === 'unavailable'} onClick={() => commands.stepZoom(1)}>
        <ZoomInIcon />
      </button>
    </div>
  );
});

export type SkipSilencesProps = HTMLAttributes<HTMLDivElement>;

/** A switch that jumps over long silences while playing, usable once the lanes' analysis has found them. */
export const SkipSilences = /* @__PURE__ */ withPlayer<SkipSilencesProps, HTMLDivElement>('SkipSilences', ({ player: { store, commands, overrides }, forwardedRef, className, ...rest }) => {
  const part = usePart();
  const m = useCallsMessages(EN_REVIEW_MESSAGES, overrides);
  const analysed = useStoreSlice(store, analysedOf, false);
  const skip = useStoreSlice(store, skipOf, false);
  const skipped = useStoreSlice(store, skippedOf, 0);
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

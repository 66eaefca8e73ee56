// Zoom on the lanes: reads the slice it shows and acts through the player's commands.
import type { HTMLAttributes } from 'react';
import { fillMessage } from '../../format.js';
import { usePart } from '../../theme/parts.js';
import type { PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { ZoomInIcon, ZoomOutIcon } from '../icons.js';
import { ariaShortcuts } from '../shortcuts.js';
import { useOwnPart, withPlayer } from './context.js';

const waveformOf = (s: PlayerSnapshot) => s.waveform;
const zoomOf = (s: PlayerSnapshot) => s.zoom;
const zoomMaxOf = (s: PlayerSnapshot) => s.zoomMax;

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

import { usePart } from '../theme/parts.js';

/** The quarter a fraction has reached (0, 25, 50, 75, 100): what a screen reader is told. */
export const progressMilestone = (fraction: number) => (fraction >= 1 ? 100 : Math.floor(Math.max(0, fraction) * 4) * 25);

/**
 * Progress shown to the eye every percent, but announced at the start, at 25, 50 and 75 % and at the
 * end only: a live region that changes every percent talks over everything else.
 */
export function ProgressText({ fraction, text }: { fraction: number; text: (percent: number) => string }) {
  const part = usePart();
  return (
    <>
      <span aria-hidden="true">{text(Math.floor(fraction * 100))}</span>
      <span {...part('sr-only')} role="status">{text(progressMilestone(fraction))}</span>
    </>
  );
}

// Zoom levels of the lanes, as multiples of "the whole call fits": powers of two, as deep as is useful.
/** Past this the peaks have no more detail to show. */
export const MAX_PX_PER_SECOND = 200;

export function zoomLevels(fitPxPerSecond: number): number[] {
  const levels = [1];
  for (let z = 2; fitPxPerSecond * z <= MAX_PX_PER_SECOND && z <= 4096; z *= 2) levels.push(z);
  return levels;
}

export function stepZoom(current: number, direction: 1 | -1, fitPxPerSecond: number): number {
  const levels = zoomLevels(fitPxPerSecond);
  const next = direction === 1 ? levels.find((z) => z > current) : [...levels].reverse().find((z) => z < current);
  return next ?? (direction === 1 ? levels[levels.length - 1]! : 1);
}

const AXIS_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400];

/**
 * The time axis' spacing at `pxPerSecond`: a label every `label` seconds, at least `minLabelPx`
 * apart (a whole "10:00" with room around it), and a tick between two labels.
 */
export function axisSteps(pxPerSecond: number, minLabelPx = 56): { label: number; tick: number } {
  const wanted = minLabelPx / Math.max(pxPerSecond, 1e-9);
  const label = AXIS_STEPS.find((s) => s >= wanted) ?? AXIS_STEPS[AXIS_STEPS.length - 1]!;
  // One tick halfway: it never runs through a label (a label is narrower than half the spacing).
  return { label, tick: label / 2 };
}

// Zoom levels of the lanes, as multiples of "the whole call fits": powers of two, as deep as is useful.
/** Past this the peaks have no more detail to show. */
export const MAX_PX_PER_SECOND = 100;

export function zoomLevels(fitPxPerSecond: number): number[] {
  const levels = [1];
  for (let z = 2; fitPxPerSecond * z <= MAX_PX_PER_SECOND && z <= 4096; z *= 2) levels.push(z);
  return levels;
}

export function stepZoom(current: number, direction: 1 | -1, fitPxPerSecond: number): number {
  const levels = zoomLevels(fitPxPerSecond);
  const index = levels.findIndex((z) => z >= current);
  const at = index === -1 ? levels.length - 1 : index;
  return levels[Math.min(levels.length - 1, Math.max(0, at + direction))]!;
}

// Zoom levels of the lanes, as multiples of "the whole call fits".
export const ZOOM_LEVELS = [1, 2, 4, 8, 16, 32, 64] as const;
/** Past this the peaks have no more detail to show. */
export const MAX_PX_PER_SECOND = 400;

export function zoomLevels(fitPxPerSecond: number): number[] {
  return ZOOM_LEVELS.filter((z) => z === 1 || fitPxPerSecond * z <= MAX_PX_PER_SECOND);
}

export function stepZoom(current: number, direction: 1 | -1, fitPxPerSecond: number): number {
  const levels = zoomLevels(fitPxPerSecond);
  const index = levels.findIndex((z) => z >= current);
  const at = index === -1 ? levels.length - 1 : index;
  return levels[Math.min(levels.length - 1, Math.max(0, at + direction))]!;
}

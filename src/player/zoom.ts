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

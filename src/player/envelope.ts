// At "fit", an hour-long call puts several seconds in each pixel: min/max peaks then fill both lanes
// solid and nothing says who spoke when. Past DENSITY_SECONDS_PER_PX each column is drawn as how much
// of its stretch that side was talking (its slices above the channel's own speech floor, the floor the
// conversation analysis uses): a full column is talking throughout, a gap is quiet, half is half.
// Loaded on demand by LaneLook, which holds the threshold (DENSITY_SECONDS_PER_PX).
import { sliceLevels, speechFloor } from '../analysis/speech.js';

/** One value in [0, 1] per column: the share of the column's slices whose level reaches `floor`. */
export function talkDensity(levels: ArrayLike<number>, columns: number, floor: number): Float32Array {
  const per = levels.length / columns;
  // Each column reads at least one slice (none read at all is silence).
  return new Float32Array(Math.max(0, columns)).map((_, x) => {
    const from = Math.floor(x * per);
    const to = Math.max(from + 1, Math.min(levels.length, Math.floor((x + 1) * per)));
    let talking = 0;
    for (let i = from; i < to; i++) if ((levels[i] ?? 0) >= floor) talking++;
    return talking / (to - from);
  });
}

/**
 * A wavesurfer `renderFunction` for one lane of [max, min, …] peaks: each column's talk density,
 * symmetric about the lane's centre line. The floor is the whole channel's, whatever slice of it a
 * canvas is handed.
 */
export function densityRenderer(channelPeaks: ArrayLike<number>) {
  const floor = speechFloor(sliceLevels(channelPeaks));
  return (channels: (Float32Array | number[])[], ctx: CanvasRenderingContext2D): void => {
    const { width, height } = ctx.canvas;
    const density = talkDensity(sliceLevels(channels[0] ?? []), width, floor);
    const middle = height / 2;
    ctx.beginPath();
    for (let x = 0; x < width; x++) {
      const half = Math.max(0.5, density[x]! * middle);
      ctx.rect(x, middle - half, 1, half * 2);
    }
    ctx.fill();
  };
}

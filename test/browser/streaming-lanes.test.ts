// The canvas the lanes are drawn on while a long recording streams in, in real Chromium: what it
// draws (columns up to where the stream has reached, caller above assistant), the playhead's colours,
// a louder stretch rescaling what is drawn, a theme change and removal.
import { afterEach, expect, it } from 'vitest';
import { StreamingLanes } from '../../src/player/streamingLanes';
import type { ChannelPeaks } from '../../src/player/peaks';

const COLORS = { caller: 'rgb(255, 255, 255)', callerProgress: 'rgb(0, 255, 0)', assistant: 'rgb(160, 32, 240)', assistantProgress: 'rgb(0, 0, 255)' };
const BUCKETS = 400;

let parent: HTMLDivElement;
afterEach(() => parent?.remove());

function mount(width = 400, height = 100) {
  parent = document.createElement('div');
  parent.style.cssText = `position:relative;width:${width}px;height:${height}px`;
  document.body.append(parent);
  return new StreamingLanes(parent, COLORS);
}

/** Peaks of `level` on both channels (caller, assistant) for every bucket. */
const flat = (level: number): ChannelPeaks => {
  const plane = new Float32Array(BUCKETS * 2);
  for (let b = 0; b < BUCKETS; b++) {
    plane[b * 2] = level;
    plane[b * 2 + 1] = -level;
  }
  return [plane, plane.slice()];
};

/** The colour at canvas column x, row y, as "rgb(r, g, b)", or null where nothing is drawn. */
function colourAt(lanes: StreamingLanes, x: number, y: number): string | null {
  const [r, g, b, a] = lanes.canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
  return a! < 128 ? null : `rgb(${r}, ${g}, ${b})`;
}
/** Rows inked in column x of one lane (0 caller, 1 assistant). */
function inked(lanes: StreamingLanes, x: number, lane: 0 | 1): number {
  const { height } = lanes.canvas;
  const data = lanes.canvas.getContext('2d')!.getImageData(x, (lane * height) / 2, 1, height / 2).data;
  let rows = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 128) rows++;
  return rows;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

it('draws the columns the stream has reached, caller above assistant, and nothing past them', async () => {
  const lanes = mount();
  await frame(); // sized by its first layout
  lanes.update(flat(0.5), 0.25);
  const { width } = lanes.canvas;
  const quarter = Math.floor(width / 4);
  expect(colourAt(lanes, 10, lanes.canvas.height / 4)).toBe(COLORS.caller);
  expect(colourAt(lanes, 10, (lanes.canvas.height * 3) / 4)).toBe(COLORS.assistant);
  expect(inked(lanes, quarter - 2, 0)).toBeGreaterThan(0);
  expect(inked(lanes, quarter + 2, 0)).toBe(0);
  expect(inked(lanes, width - 1, 1)).toBe(0);
  lanes.update(flat(0.5), 0.75); // more of the stream: the new columns, the old ones kept
  expect(inked(lanes, Math.floor(width / 2), 0)).toBeGreaterThan(0);
  expect(inked(lanes, width - 2, 0)).toBe(0);
});

it('colours the columns left of the playhead in the progress colours, and gives them back when it moves back', async () => {
  const lanes = mount();
  await frame();
  lanes.update(flat(0.5), 1);
  lanes.setPlayhead(0.5);
  const y = lanes.canvas.height / 4;
  const width = lanes.canvas.width;
  expect(colourAt(lanes, Math.floor(width * 0.25), y)).toBe(COLORS.callerProgress);
  expect(colourAt(lanes, Math.floor(width * 0.75), y)).toBe(COLORS.caller);
  expect(colourAt(lanes, Math.floor(width * 0.25), (lanes.canvas.height * 3) / 4)).toBe(COLORS.assistantProgress);
  lanes.setPlayhead(0.1);
  expect(colourAt(lanes, Math.floor(width * 0.25), y)).toBe(COLORS.caller);
});

it('a louder stretch rescales what is already drawn; quiet audio is not blown up to full height', async () => {
  const lanes = mount();
  await frame();
  const quiet = flat(0.01);
  lanes.update(quiet, 0.5);
  const half = lanes.canvas.height / 2;
  // Below the floor: drawn at the floor's scale, a thin line, not a full lane.
  expect(inked(lanes, 10, 0)).toBeLessThan(half * 0.3);
  const loud = flat(0.01);
  for (let b = 200; b < BUCKETS; b++) {
    loud[0][b * 2] = 0.8;
    loud[0][b * 2 + 1] = -0.8;
  }
  lanes.update(loud, 1);
  const x = Math.floor(lanes.canvas.width * 0.75);
  expect(inked(lanes, x, 0)).toBeGreaterThan(half * 0.9); // the loudest fills its lane
  expect(inked(lanes, 10, 0)).toBeLessThanOrEqual(2); // and what came before is drawn to that scale
});

it('repaints in a new theme\'s colours, and leaves nothing behind when removed', async () => {
  const lanes = mount();
  await frame();
  lanes.update(flat(0.5), 1);
  lanes.setColors({ ...COLORS, caller: 'rgb(255, 0, 0)' });
  expect(colourAt(lanes, 10, lanes.canvas.height / 4)).toBe('rgb(255, 0, 0)');
  lanes.remove();
  expect(parent.querySelector('canvas')).toBeNull();
});

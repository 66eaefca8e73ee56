// While a long recording's peaks stream in, the lanes are drawn here, on one canvas over wavesurfer's
// (which holds flat lanes until the peaks are complete): each update draws only the columns that are
// new, and the playhead recolours only the columns it passed. Redrawn whole only on a resize, a new
// theme, or when louder audio changes the scale.
import type { ChannelPeaks } from './peaks.js';
import { foldPairs } from '../audio/minmax.js';

export interface StreamingColors {
  caller: string;
  callerProgress: string;
  assistant: string;
  assistantProgress: string;
}

/** A louder stretch raises the scale; under this factor the columns already drawn keep theirs. */
const RESCALE_AT = 1.15;
/** Quieter than this, the lanes are drawn at this scale (silence stays flat, not amplified noise). */
const MIN_PEAK = 0.05;

/** The [max, min] of buckets [from, to) of interleaved [max, min, …] peaks. */
export function columnRange(peaks: Float32Array, from: number, to: number): [number, number] {
  const pair: [number, number] = [0, 0];
  foldPairs(peaks, from, to, pair, 0);
  return pair;
}

export class StreamingLanes {
  readonly canvas: HTMLCanvasElement;
  #peaks: ChannelPeaks | null = null;
  #buckets = 0;
  /** Buckets with data so far, and the columns drawn from them. */
  #reached = 0;
  #drawnColumns = 0;
  /** Columns left of the playhead, drawn in the progress colours. */
  #playedColumns = 0;
  #scale = MIN_PEAK;
  #colors: StreamingColors;
  readonly #resize: ResizeObserver | null;

  constructor(parent: HTMLElement, colors: StreamingColors) {
    this.#colors = colors;
    const canvas = (this.canvas = document.createElement('canvas'));
    canvas.setAttribute('data-streaming', '');
    canvas.setAttribute('aria-hidden', 'true');
    // Over the lanes, under wavesurfer's progress and cursor (z-index 2 and up); clicks reach the lanes.
    canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:1';
    parent.append(canvas);
    this.#resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.#redraw());
    this.#resize?.observe(canvas);
  }

  /** New peaks (caller first) with data up to `reachedFraction` of the call: draws the new columns. */
  update(peaks: ChannelPeaks, reachedFraction: number): void {
    this.#peaks = peaks;
    this.#buckets = peaks[0].length / 2;
    const reached = Math.min(this.#buckets, Math.ceil(reachedFraction * this.#buckets));
    let loudest = 0;
    for (const channel of peaks) {
      const [max, min] = columnRange(channel, this.#reached, reached);
      loudest = Math.max(loudest, max, -min);
    }
    this.#reached = reached;
    if (loudest > this.#scale * RESCALE_AT) {
      this.#scale = loudest;
      return this.#redraw();
    }
    this.#draw(this.#drawnColumns, this.#columnFor(reached));
  }

  /** The playhead at `fraction` of the call: recolours the columns between where it was and is. */
  setPlayhead(fraction: number): void {
    const played = Math.round(Math.max(0, Math.min(1, fraction)) * this.canvas.width);
    const [from, to] = played > this.#playedColumns ? [this.#playedColumns, played] : [played, this.#playedColumns];
    this.#playedColumns = played;
    this.#draw(from, Math.min(to, this.#drawnColumns), false);
  }

  setColors(colors: StreamingColors): void {
    this.#colors = colors;
    this.#redraw();
  }

  remove(): void {
    this.#resize?.disconnect();
    this.canvas.remove();
  }

  #columnFor(bucket: number): number {
    return this.#buckets ? Math.floor((bucket / this.#buckets) * this.canvas.width) : 0;
  }

  #redraw(): void {
    const { canvas } = this;
    const box = canvas.getBoundingClientRect();
    const ratio = globalThis.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(box.width * ratio));
    const height = Math.max(1, Math.round(box.height * ratio));
    const played = canvas.width ? this.#playedColumns / canvas.width : 0;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    } else {
      canvas.getContext('2d')?.clearRect(0, 0, width, height);
    }
    this.#playedColumns = Math.round(played * width);
    this.#drawnColumns = 0;
    this.#draw(0, this.#columnFor(this.#reached));
  }

  /** Draws columns [from, to); `extend` false redraws columns already there (the playhead moved). */
  #draw(from: number, to: number, extend = true): void {
    const peaks = this.#peaks;
    const context = this.canvas.getContext('2d');
    if (!peaks || !context || to <= from) return;
    const { width, height } = this.canvas;
    const lane = height / 2;
    const half = lane / 2;
    const perColumn = this.#buckets / width;
    context.clearRect(from, 0, to - from, height);
    for (let c = 0; c < 2; c++) {
      const channel = peaks[c as 0 | 1];
      const centre = lane * c + half;
      for (const [start, end, color] of this.#spans(from, to, c)) {
        context.fillStyle = color;
        for (let x = start; x < end; x++) {
          const [max, min] = columnRange(channel, Math.floor(x * perColumn), Math.max(Math.floor(x * perColumn) + 1, Math.floor((x + 1) * perColumn)));
          const top = centre - (Math.min(1, max / this.#scale) * half);
          const bottom = centre - (Math.max(-1, min / this.#scale) * half);
          context.fillRect(x, top, 1, Math.max(1, bottom - top));
        }
      }
    }
    if (extend) this.#drawnColumns = Math.max(this.#drawnColumns, to);
  }

  /** [from, to) split at the playhead: played columns in the progress colour. */
  #spans(from: number, to: number, channel: number): [number, number, string][] {
    const colors = this.#colors;
    const wave = channel === 0 ? colors.caller : colors.assistant;
    const progress = channel === 0 ? colors.callerProgress : colors.assistantProgress;
    const split = Math.max(from, Math.min(to, this.#playedColumns));
    return [[from, split, progress], [split, to, wave]];
  }
}

// Draws the conversation over the lanes on one canvas: where both talk, where nobody does, how long
// each answer took (a bracket on the assistant's lane from the caller's last word), who cut in (a mark
// on the lane of the one who did), and each turn's start on its speaker's lane. One element whatever
// the number of marks, covering only the part of the lanes in view: nothing to lay out or hit-test per
// frame (an hour's hundreds of marks as elements cost every frame while playing).
import type WaveSurfer from 'wavesurfer.js';
import type { TranscriptTurn } from '../types.js';
import type { ConversationAnalysis } from '../analysis/analyzeConversation.js';
import type { LaneStyle } from '../theme/tokens.js';

/** Markers closer than this would paint the lanes over: they appear as the user zooms in. */
const MIN_MARKER_SPACING_PX = 6;
/** A marker (a moment, not a span) is a line this wide (CSS px). */
const MARKER_PX = 2;

/** The marks' colours, read from the theme's tokens (theme/tokens.ts). */
export type OverlayColors = Pick<LaneStyle, 'overlap' | 'silence' | 'marker' | 'response' | 'slowResponse' | 'interruption'>;

/** One mark: a span [start, end) or a moment (no end), on one lane (0 caller, 1 assistant) or both. */
export interface Mark {
  kind: 'overlap' | 'silence' | 'response' | 'response-slow' | 'interruption-caller' | 'interruption-assistant' | 'turn-caller' | 'turn-assistant';
  start: number;
  end?: number;
  lane?: 0 | 1;
  /** An answer's time, for a response bracket. */
  seconds?: number;
}

const COLOR_OF: Record<Mark['kind'], keyof OverlayColors> = {
  overlap: 'overlap', silence: 'silence', response: 'response', 'response-slow': 'slowResponse',
  'interruption-caller': 'interruption', 'interruption-assistant': 'interruption', 'turn-caller': 'marker', 'turn-assistant': 'marker',
};

/** The marks for an analysis and turns, leaving out a kind too dense to tell apart at `width` px. */
export function conversationMarks(analysis: ConversationAnalysis | null, turns: readonly TranscriptTurn[], width: number): Mark[] {
  const marks: Mark[] = [];
  // Drawn, too many would cover the lanes: the figures and the transcript still list every one.
  const fits = (count: number) => count * MIN_MARKER_SPACING_PX <= width;
  if (analysis) {
    if (fits(analysis.overlaps.length)) for (const r of analysis.overlaps) marks.push({ kind: 'overlap', start: r.start, end: r.end });
    if (fits(analysis.silences.length)) for (const r of analysis.silences) marks.push({ kind: 'silence', start: r.start, end: r.end });
    if (fits(analysis.responses.length)) {
      for (const r of analysis.responses) marks.push({ kind: r.slow ? 'response-slow' : 'response', start: r.callerEnd, end: r.assistantStart, lane: 1, seconds: r.seconds });
    }
  }
  if (!fits(turns.length + (analysis?.interruptions.length ?? 0))) return marks;
  for (const i of analysis?.interruptions ?? []) marks.push({ kind: `interruption-${i.by}`, start: i.at, lane: i.by === 'caller' ? 0 : 1 });
  for (const turn of turns) marks.push({ kind: `turn-${turn.speaker}`, start: turn.startSeconds, lane: turn.speaker === 'caller' ? 0 : 1 });
  return marks;
}

export class ConversationOverlays {
  readonly canvas: HTMLCanvasElement;
  #marks: readonly Mark[] = [];
  #frame = 0;
  readonly #stop: (() => void)[] = [];

  constructor(private readonly ws: WaveSurfer, private colors: OverlayColors) {
    const canvas = (this.canvas = document.createElement('canvas'));
    canvas.setAttribute('data-marks', '');
    canvas.setAttribute('aria-hidden', 'true');
    // Above the lanes (as wavesurfer's regions were), below nothing that takes a click: it takes none.
    canvas.style.cssText = 'position:absolute;top:0;left:0;height:100%;pointer-events:none;z-index:5';
    ws.getWrapper().append(canvas);
    const later = () => this.#schedule();
    for (const event of ['scroll', 'zoom', 'resize', 'redrawcomplete'] as const) this.#stop.push(ws.on(event, later));
  }

  /** What is drawn, for whoever needs to know without reading pixels (the tests). */
  get marks(): readonly Mark[] {
    return this.#marks;
  }

  draw(analysis: ConversationAnalysis | null, turns: readonly TranscriptTurn[], fallbackWidth: number): void {
    this.#marks = conversationMarks(analysis, turns, this.ws.getWrapper().scrollWidth || fallbackWidth);
    this.#paint();
  }

  setColors(colors: OverlayColors): void {
    this.colors = colors;
    this.#paint();
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    for (const stop of this.#stop) stop();
    this.canvas.remove();
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#paint();
    });
  }

  /** Paints the marks in view: the canvas covers the visible part of the lanes and moves with the scroll. */
  #paint(): void {
    const { canvas, ws } = this;
    const wrapper = ws.getWrapper();
    const total = wrapper.scrollWidth || wrapper.clientWidth;
    const duration = ws.getDuration();
    const scroll = ws.getScroll();
    const view = Math.max(1, Math.min(ws.getWidth() || total, total));
    const height = wrapper.clientHeight;
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.style.left = `${scroll}px`;
    canvas.style.width = `${view}px`;
    const width = Math.round(view * ratio);
    const rows = Math.round(height * ratio);
    if (canvas.width !== width || canvas.height !== rows) {
      canvas.width = width;
      canvas.height = rows;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, width, rows);
    if (!duration || !total || !this.#marks.length) return;
    const perSecond = (total / duration) * ratio;
    const left = scroll * ratio;
    const lane = rows / 2;
    for (const mark of this.#marks) {
      const x = mark.start * perSecond - left;
      const w = mark.end === undefined ? MARKER_PX * ratio : Math.max(1, (mark.end - mark.start) * perSecond);
      if (x + w < 0 || x > width) continue;
      context.fillStyle = this.colors[COLOR_OF[mark.kind]];
      const top = mark.lane === undefined ? 0 : mark.lane * lane;
      context.fillRect(x, top, w, mark.lane === undefined ? rows : lane);
    }
  }
}

// What the lanes carry besides the waveform: the turn markers, and once the lanes are complete the
// conversation's analysis (worked out once per change of peaks, transcript or "slow" line, drawn again
// at every zoom) with its overlaps, silences, answer brackets and interruption marks.
import type WaveSurfer from 'wavesurfer.js';
import type { TranscriptTurn } from '../../types.js';
import type { ConversationAnalysis } from '../../analysis/analyzeConversation.js';
import { PlayerError } from '../../errors.js';
import { ConversationOverlays, type OverlayColors } from '../overlays.js';
import type { ChannelPeaks } from '../peaks.js';
import type { Scope } from '../../util/scope.js';
import type { Store } from './store.js';
import type { PlayerSnapshot } from './state.js';

const NO_TURNS: readonly TranscriptTurn[] = [];

/** The lanes as they are drawn now. */
export interface DrawnLanes {
  peaks: ChannelPeaks;
  duration: number;
  channels: number;
  width: number;
}

export class ConversationMarks {
  readonly #overlays: ConversationOverlays;
  #turns: readonly TranscriptTurn[] = NO_TURNS;
  #drawnWhileStreaming: { key: string | null; turns: readonly TranscriptTurn[] } = { key: null, turns: NO_TURNS };
  #analysed: { peaks: ChannelPeaks; turns: readonly TranscriptTurn[]; abort: AbortController } | null = null;

  constructor(
    private readonly scope: Scope,
    private readonly store: Store<PlayerSnapshot>,
    ws: WaveSurfer,
    colors: OverlayColors,
    private slowResponseMs: number | undefined,
    private readonly onError: (error: Error) => void,
  ) {
    this.#overlays = new ConversationOverlays(ws, colors);
    scope.add(() => this.#analysed?.abort.abort());
    scope.add(() => this.#overlays.destroy());
  }

  setTranscript(turns: readonly TranscriptTurn[] | undefined, lanes: DrawnLanes | null): void {
    // One empty list: "no transcript" twice is no change (and no second analysis).
    this.#turns = turns ?? NO_TURNS;
    this.draw(lanes);
  }

  /** A new "slow" line: the figures are worked out again; the lanes and the media are not touched. */
  setSlowResponseMs(ms: number | undefined, lanes: DrawnLanes | null): void {
    if (ms === this.slowResponseMs) return;
    this.slowResponseMs = ms;
    this.#analysed = null;
    this.draw(lanes);
  }

  setColors(colors: OverlayColors): void {
    this.#overlays.setColors(colors);
  }

  /** Draws the marks for the lanes as they are (new peaks, a zoom, a new width). */
  draw(lanes: DrawnLanes | null): void {
    if (this.scope.disposed || !lanes) return;
    const { peaks, width } = lanes;
    const turns = this.#turns;
    if (this.store.get().waveform === 'streaming') {
      // While streaming there is nothing to analyse yet: the turn markers are drawn once, not with every redraw.
      const key = `streaming:${width}:${this.store.get().zoom}`;
      if (key === this.#drawnWhileStreaming.key && this.#drawnWhileStreaming.turns === turns) return;
      this.#overlays.draw(null, turns, width);
      this.#drawnWhileStreaming = { key, turns };
      return;
    }
    this.#drawnWhileStreaming = { key: null, turns };
    const analysed = this.#analysed;
    if (analysed && analysed.peaks === peaks && analysed.turns === turns) {
      this.#overlays.draw(this.store.get().analysis, turns, width);
      return;
    }
    analysed?.abort.abort();
    const abort = new AbortController();
    this.#analysed = { peaks, turns, abort };
    this.#overlays.draw(null, turns, width);
    // A mono file has one signal in both lanes: analysed as one.
    const channels = lanes.channels === 1 ? [peaks[0]] : [peaks[0], peaks[1]];
    const options = { durationSeconds: lanes.duration, transcript: turns, slowResponseMs: this.slowResponseMs };
    // Loaded when the lanes are complete, not with the player: a split point for the host's bundler.
    import('../../analysis/analyzeCall.js').then(({ analyzeCall }) => analyzeCall(channels, options, abort.signal)).then(
      (analysis) => this.#done(abort, analysis, width),
      (error: unknown) => {
        if (abort.signal.aborted || this.scope.disposed) return;
        this.onError(new PlayerError('analysis', { cause: error, reason: (error as Error).message }));
      },
    );
  }

  #done(abort: AbortController, analysis: ConversationAnalysis, width: number): void {
    if (abort.signal.aborted || this.scope.disposed || this.#analysed?.abort !== abort) return;
    this.store.set({ analysis });
    this.#overlays.draw(analysis, this.#turns, width);
  }
}

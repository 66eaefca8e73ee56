// The marks over the lanes, loaded with the first lanes drawn: the turn marks and the analysis come
// after the waveform, so their code (and the analysis') waits until there are lanes to mark.
import type WaveSurfer from 'wavesurfer.js';
import type { TranscriptTurn } from '../../types.js';
import type { OverlayColors } from '../overlays.js';
import type { ConversationMarks, DrawnLanes } from './ConversationMarks.js';
import type { Scope } from '../../util/scope.js';
import { PlayerError } from '../../errors.js';
import type { Store } from './store.js';
import type { PlayerSnapshot } from './state.js';

export class LazyMarks {
  #marks: ConversationMarks | null = null;
  #loading = false;
  #turns: readonly TranscriptTurn[] | undefined;

  constructor(
    private readonly scope: Scope,
    private readonly store: Store<PlayerSnapshot>,
    private readonly ws: WaveSurfer,
    private colors: OverlayColors,
    private slowResponseMs: number | undefined,
    private readonly onError: (error: Error) => void,
    /** The lanes as drawn now; null before the first. */
    private readonly lanes: () => DrawnLanes | null,
  ) {}

  draw(): void {
    const lanes = this.lanes();
    if (this.#marks || !lanes) return this.#marks?.draw(lanes);
    if (this.#loading) return;
    this.#loading = true;
    void import('./ConversationMarks.js').then(({ ConversationMarks }) => {
      if (this.scope.disposed) return;
      this.#marks = new ConversationMarks(this.scope, this.store, this.ws, this.colors, this.slowResponseMs, this.onError);
      this.#marks.setTranscript(this.#turns, this.lanes());
    }, (cause: unknown) => {
      // Its code did not come (a page being left, a deploy that removed the chunk): the lanes stay, unmarked.
      this.#loading = false;
      if (!this.scope.disposed) this.onError(new PlayerError('waveform', { cause }));
    });
  }

  setTranscript(turns: readonly TranscriptTurn[] | undefined): void {
    this.#turns = turns;
    if (this.#marks) this.#marks.setTranscript(turns, this.lanes());
    else this.draw();
  }

  setSlowResponseMs(ms: number | undefined): void {
    this.slowResponseMs = ms;
    this.#marks?.setSlowResponseMs(ms, this.lanes());
  }

  setColors(colors: OverlayColors): void {
    this.colors = colors;
    this.#marks?.setColors(colors);
  }
}

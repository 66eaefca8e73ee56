// Draws the conversation on wavesurfer's regions plugin: where both talk, where nobody does, how long
// each answer took (a bracket on the assistant's lane from the caller's last word), who cut in (a mark
// on the lane of the one who did), and each turn's start on its speaker's lane.
import type WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { TranscriptTurn } from '../types.js';
import type { ConversationAnalysis } from '../analysis/analyzeConversation.js';

/** Markers closer than this would paint the lanes over: they appear as the user zooms in. */
const MIN_MARKER_SPACING_PX = 6;

export interface OverlayColors {
  overlap: string;
  silence: string;
  marker: string;
  response: string;
  slowResponse: string;
  interruption: string;
}

export class ConversationOverlays {
  private readonly plugin: ReturnType<typeof RegionsPlugin.create>;

  constructor(private readonly ws: WaveSurfer, private readonly colors: OverlayColors) {
    this.plugin = ws.registerPlugin(RegionsPlugin.create());
  }

  draw(analysis: ConversationAnalysis | null, turns: readonly TranscriptTurn[], fallbackWidth: number): void {
    const { plugin, colors } = this;
    plugin.clearRegions();
    const add = (kind: string, start: number, end: number | undefined, color: string, channelIdx?: number, seconds?: number) => {
      const region = plugin.addRegion({ start, ...(end === undefined ? {} : { end }), color, drag: false, resize: false, ...(channelIdx === undefined ? {} : { channelIdx }) });
      region.element?.setAttribute('data-kind', kind);
      if (seconds !== undefined) region.element?.setAttribute('data-seconds', String(seconds));
    };
    const width = this.ws.getWrapper().scrollWidth || fallbackWidth;
    // A kind of mark too dense to tell apart (an hour at "fit") is left out until the user zooms in:
    // drawn, it would cover the lanes. The figures and the transcript still list every one.
    const fits = (count: number) => count * MIN_MARKER_SPACING_PX <= width;
    if (analysis) {
      if (fits(analysis.overlaps.length)) for (const r of analysis.overlaps) add('overlap', r.start, r.end, colors.overlap);
      if (fits(analysis.silences.length)) for (const r of analysis.silences) add('silence', r.start, r.end, colors.silence);
      if (fits(analysis.responses.length)) {
        for (const r of analysis.responses) {
          add(r.slow ? 'response-slow' : 'response', r.callerEnd, r.assistantStart, r.slow ? colors.slowResponse : colors.response, 1, r.seconds);
        }
      }
    }
    const markers = turns.length + (analysis?.interruptions.length ?? 0);
    if (markers * MIN_MARKER_SPACING_PX > width) return;
    for (const i of analysis?.interruptions ?? []) add(`interruption-${i.by}`, i.at, undefined, colors.interruption, i.by === 'caller' ? 0 : 1);
    for (const turn of turns) add(`turn-${turn.speaker}`, turn.startSeconds, undefined, colors.marker, turn.speaker === 'caller' ? 0 : 1);
  }
}

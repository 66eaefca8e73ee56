// Draws the conversation overlays on wavesurfer's regions plugin: where both talk, where nobody does,
// and each turn's start on its speaker's lane.
import type WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { TranscriptTurn } from '../types.js';
import type { ConversationRegions } from './conversation.js';

/** Markers closer than this would paint the lanes over: they appear as the user zooms in. */
const MIN_MARKER_SPACING_PX = 6;

export interface OverlayColors {
  overlap: string;
  silence: string;
  marker: string;
}

export class ConversationOverlays {
  private readonly plugin: ReturnType<typeof RegionsPlugin.create>;

  constructor(private readonly ws: WaveSurfer, private readonly colors: OverlayColors) {
    this.plugin = ws.registerPlugin(RegionsPlugin.create());
  }

  draw(regions: ConversationRegions, turns: readonly TranscriptTurn[], fallbackWidth: number): void {
    const { plugin, colors } = this;
    plugin.clearRegions();
    const add = (kind: string, start: number, end: number | undefined, color: string, channelIdx?: number) => {
      const region = plugin.addRegion({ start, ...(end === undefined ? {} : { end }), color, drag: false, resize: false, ...(channelIdx === undefined ? {} : { channelIdx }) });
      region.element?.setAttribute('data-kind', kind);
    };
    for (const r of regions.overlaps) add('overlap', r.start, r.end, colors.overlap);
    for (const r of regions.silences) add('silence', r.start, r.end, colors.silence);
    const width = this.ws.getWrapper().scrollWidth || fallbackWidth;
    if (turns.length * MIN_MARKER_SPACING_PX > width) return;
    for (const turn of turns) add(`turn-${turn.speaker}`, turn.startSeconds, undefined, colors.marker, turn.speaker === 'caller' ? 0 : 1);
  }
}

// How the lanes look beyond their peaks: each lane's colours, min/max or talk density (a long call
// at a coarse zoom), and the time axis under them with labels as far apart as the width needs.
import WaveSurfer from 'wavesurfer.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.esm.js';
import { formatClock } from '../../format.js';
import type { densityRenderer } from '../envelope.js';
import { axisSteps } from '../zoom.js';
import type { ChannelPeaks } from '../peaks.js';

/** The lanes' colours, read from the theme's tokens. */
export interface LaneColors {
  caller: string;
  callerProgress: string;
  assistant: string;
  assistantProgress: string;
  cursor: string;
}

/** The time axis' height in pixels (the grid row under the lanes takes what it needs). */
const TIME_AXIS_HEIGHT = 18;
/** Seconds per pixel from which the lanes draw talk density instead of min/max. */
export const DENSITY_SECONDS_PER_PX = 0.5;

type RenderFunction = ReturnType<typeof densityRenderer>;

export class LaneLook {
  #colors: LaneColors;
  /** Per lane, while the lanes are drawn as talk density; else null (wavesurfer's min/max). */
  #density: RenderFunction[] | null = null;
  #renderers: { peaks: ChannelPeaks; lanes: RenderFunction[] | null } | null = null;
  #wanted: { peaks: ChannelPeaks | null; duration: number; width: number } = { peaks: null, duration: 0, width: 0 };
  #axis: { plugin: ReturnType<typeof TimelinePlugin.create>; label: number } | null = null;

  constructor(private readonly ws: WaveSurfer, colors: LaneColors) {
    this.#colors = colors;
  }

  /** The lanes' wavesurfer, on the player's media element: split channels, click and drag to seek. */
  static createWaveSurfer(container: HTMLElement, media: HTMLMediaElement, colors: LaneColors, height: number): WaveSurfer {
    const ws = WaveSurfer.create({
      container,
      // Made on a blank element, then given the player's: wavesurfer would fetch and decode a src it
      // finds on its media at creation, and the lanes come after the media has its URL.
      media: media.ownerDocument.createElement('audio'),
      height,
      splitChannels: LaneLook.channels(colors, null),
      cursorColor: colors.cursor,
      cursorWidth: 2,
      normalize: true,
      interact: true,
      dragToSeek: true,
      hideScrollbar: true,
      autoScroll: false,
    });
    ws.setMediaElement(media);
    return ws;
  }

  /** wavesurfer's per-lane options: colours, and the density renderer when one is in use. */
  static channels(colors: LaneColors, density: readonly RenderFunction[] | null) {
    return [
      { waveColor: colors.caller, progressColor: colors.callerProgress, renderFunction: density?.[0] },
      { waveColor: colors.assistant, progressColor: colors.assistantProgress, renderFunction: density?.[1] },
    ];
  }

  get colors(): LaneColors {
    return this.#colors;
  }

  setColors(colors: LaneColors, height: number): void {
    this.#colors = colors;
    this.ws.setOptions({ splitChannels: LaneLook.channels(colors, this.#density), cursorColor: colors.cursor, height });
  }

  /**
   * Min/max while a pixel holds less than DENSITY_SECONDS_PER_PX; past that (an hour at "fit") talk
   * density, which shows who spoke when instead of two solid blocks. `peaks` null (none yet, or lanes
   * still streaming in as flat placeholders): min/max.
   */
  chooseRenderer(peaks: ChannelPeaks | null, duration: number, drawnWidth: number): void {
    this.#wanted = { peaks, duration, width: drawnWidth };
    const coarse = peaks !== null && drawnWidth > 0 && duration / drawnWidth > DENSITY_SECONDS_PER_PX;
    if (coarse && this.#renderers?.peaks !== peaks) {
      const made: { peaks: ChannelPeaks; lanes: RenderFunction[] | null } = { peaks, lanes: null };
      this.#renderers = made;
      // Loaded when a call is long enough to need it (it shares the analysis' speech floor).
      import('../envelope.js').then(({ densityRenderer }) => {
        if (this.#renderers !== made) return;
        made.lanes = peaks.map((channel) => densityRenderer(channel));
        const { peaks: now, duration: d, width } = this.#wanted;
        this.chooseRenderer(now, d, width);
      }, () => undefined); // without it (a failed chunk) the lanes stay drawn bar by bar, as at any zoom
    }
    const density = coarse ? this.#renderers!.lanes : null;
    if (density === this.#density) return;
    this.#density = density;
    this.ws.setOptions({ splitChannels: LaneLook.channels(this.#colors, density) });
  }

  /**
   * The axis, set again when a zoom or a resize changes its spacing. It lives in wavesurfer's shadow
   * root: its colours follow the tokens (custom properties inherit into it) and it scrolls with the
   * lanes when zoomed in.
   */
  placeAxis(duration: number, fitWidth: number): void {
    const width = this.ws.getWrapper().scrollWidth || fitWidth;
    if (!duration || !width) return;
    const { label, tick } = axisSteps(width / duration);
    if (this.#axis?.label === label) return;
    if (this.#axis) this.ws.unregisterPlugin(this.#axis.plugin);
    const plugin = this.ws.registerPlugin(TimelinePlugin.create({
      height: TIME_AXIS_HEIGHT,
      timeInterval: tick,
      primaryLabelInterval: label,
      secondaryLabelInterval: label,
      formatTimeCallback: formatClock,
      secondaryLabelOpacity: 0.5,
      style: { color: 'var(--tt-muted)', fontSize: 'var(--tt-font-size-axis)', fontVariantNumeric: 'tabular-nums' } as Partial<CSSStyleDeclaration>,
    }));
    this.#axis = { plugin, label };
  }
}

// The two lanes: one wavesurfer instance on the media element, fed our own peaks (from the source,
// decoded once, or streamed for long calls), with the conversation overlays and zoom.
import type WaveSurfer from 'wavesurfer.js';
import { LaneLook, type LaneColors } from './LaneLook.js';
import { readLaneStyle, watchTokens } from '../../theme/tokens.js';
import { releaseHeldSeek } from './heldSeek.js';
import type { RecordingSource, TranscriptTurn } from '../../types.js';
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { PlayerError } from '../../errors.js';
import { readPeaks } from '../../adapter/peaks.js';
import { bucketsFor, decodePeaks, orderByCaller, type ChannelPeaks, type DecodedPeaks } from '../peaks.js';
import { sessionPeaks } from './sessionPeaks.js';
import type { DecoderKind } from '../stream/streamPeaks.js';
import type { OverlayColors } from '../overlays.js';
import type { DrawnLanes } from './ConversationMarks.js';
import { LazyMarks } from './lazyMarks.js';
import { mediaCanPlay, metadataDuration } from './mediaReady.js';
import { axisSteps, stepZoom, zoomLevels } from '../zoom.js';
import type { StreamingLanes } from '../streamingLanes.js';
import { fetchRecording } from './download.js';
import type { Scope } from '../../util/scope.js';
import type { Store } from './store.js';
import { STREAM_PEAKS_AFTER_SECONDS, type PlayerSnapshot } from './state.js';

export type { LaneColors };

/** The lanes' colours and height, as the theme's tokens say where the lanes are. */
const lanesLook = (container: HTMLElement) => readLaneStyle(container.closest('[data-talkturo-root]'));

/** While a long waveform streams in zoomed, wavesurfer's lanes are redrawn at most this often. */
const STREAM_REDRAW_MS = 750;

export interface WaveformOptions {
  container: HTMLElement;
  source: RecordingSource;
  peaksKey: string;
  streamPeaksAfter?: number | undefined;
  preferDecoder?: DecoderKind | undefined;
  /** Answers slower than this are marked slow (ms). */
  slowResponseMs?: number | undefined;
  /** The whole recording, read once for the media and the lanes (short calls without peaks). */
  wholeFile?: Promise<Blob> | undefined;
  /** The lanes' peaks made elsewhere (a call stored as two files): nothing to decode here. */
  decodedPeaks?: Promise<DecodedPeaks> | undefined;
  onError(error: Error): void;
  onChannels(channels: number): void;
  onSeek(seconds: number): void;
  onTime(seconds: number): void;
}


export class WaveformView {
  readonly #ws: WaveSurfer;
  readonly #marks: LazyMarks;
  #peaks: ChannelPeaks | null = null;
  #peaksDuration = 0;
  #channels = 2;
  /** While peaks stream in (at "fit"): the lanes drawn a column at a time, over wavesurfer's flat ones. */
  #streamingLanes: StreamingLanes | null = null;
  readonly #look: LaneLook;

  readonly #scope: Scope;
  readonly #store: Store<PlayerSnapshot>;
  readonly #audio: HTMLAudioElement;
  readonly #recording: SignedRecording;
  readonly #options: WaveformOptions;

  constructor(
    scope: Scope,
    store: Store<PlayerSnapshot>,
    audio: HTMLAudioElement,
    recording: SignedRecording,
    options: WaveformOptions,
  ) {
    this.#scope = scope;
    this.#store = store;
    this.#audio = audio;
    this.#recording = recording;
    this.#options = options;

    const { container } = options;
    const { height, ...colors } = lanesLook(container);
    this.#ws = LaneLook.createWaveSurfer(container, audio, colors, height);
    this.#look = new LaneLook(this.#ws, colors);
    scope.add(this.#ws.on('redraw', () => this.#look.placeAxis(this.#peaksDuration || this.#store.get().duration, this.#options.container.clientWidth)));
    this.#marks = new LazyMarks(scope, store, this.#ws, colors, options.slowResponseMs, options.onError, () => this.#lanes());
    // While playing, wavesurfer restyles the lanes on every frame (a clip, a width, the cursor), and each
    // restyle costs the whole page a paint and a compositor commit; at fit, an hour's playhead crosses one
    // device pixel every few seconds. Its progress is drawn when it reaches another device pixel, and
    // always when it is not playing (a seek, a drag).
    const renderer = this.#ws.getRenderer();
    const renderProgress = renderer.renderProgress.bind(renderer);
    let pixels = 0;
    let drawnAt = -1;
    scope.add(this.#ws.on('redraw', () => {
      pixels = renderer.getWrapper().clientWidth * (globalThis.devicePixelRatio || 1);
      drawnAt = -1;
    }));
    renderer.renderProgress = (progress, playing) => {
      const at = Math.round(progress * pixels);
      if (playing && pixels > 0 && at === drawnAt) return;
      drawnAt = at;
      renderProgress(progress, playing);
    };
    // The media element is the clock: wavesurfer's own time can hold a seek it is still waiting to apply.
    scope.add(this.#ws.on('timeupdate', () => options.onTime(audio.currentTime)));
    scope.add(store.subscribe(() => releaseHeldSeek(this.#ws, audio)));
    // wavesurfer sets the element's time itself on a click or drag, then says so ('interaction'): only the
    // player's seek may go to the element, since a paused player may first need a fresh URL.
    this.#ws.seekTo = () => undefined;
    scope.add(this.#ws.on('interaction', (t) => options.onSeek(t)));
    // What the lanes show when zoomed in: the events track above them follows.
    scope.add(this.#ws.on('scroll', (start, end) => {
      if (this.#store.get().zoom > 1) this.#store.set({ viewStart: start, viewEnd: end });
    }));
    scope.listen(container, 'wheel', (event) => this.#onWheel(event as WheelEvent), { passive: false });
    scope.add(() => this.#ws.destroy());
    // A theme switch (a prop, a class or attribute on any ancestor, a media query, a new stylesheet)
    // shows in CSS variables: the lanes repaint when the tokens they use change, without a React render.
    let drawn = JSON.stringify({ height, ...colors });
    scope.add(watchTokens(container, () => {
      const look = lanesLook(container);
      const key = JSON.stringify(look);
      if (key === drawn) return;
      drawn = key;
      this.setLanes(look, look.height);
    }));
  }

  // ---- loading --------------------------------------------------------------------------------
  /** Draws the lanes; a failure here never touches playback: the lanes say why they are missing. */
  async load(): Promise<void> {
    const { source, peaksKey } = this.#options;
    try {
      let peaks: ChannelPeaks;
      let duration = source.durationSeconds || undefined;
      if (source.peaks) {
        const channels = readPeaks(source.peaks);
        peaks = orderByCaller(channels, source.callerChannel);
        this.#setChannels(channels.length);
      } else {
        let decoded = sessionPeaks.get(peaksKey);
        if (!decoded && this.#options.decodedPeaks) {
          const made = await this.#options.decodedPeaks;
          // Drawn on the media once it holds what it plays, as for a file read whole.
          await mediaCanPlay(this.#scope, this.#audio);
          if (this.#scope.disposed) return;
          sessionPeaks.set(peaksKey, (decoded = made));
        }
        if (!decoded && this.#options.wholeFile) {
          const blob = await this.#options.wholeFile;
          // First audio first: decoding the lanes waits until the media can play (it shares the CPU).
          await mediaCanPlay(this.#scope, this.#audio);
          if (this.#scope.disposed) return;
          decoded = await decodePeaks(await blob.arrayBuffer(), source.callerChannel);
          sessionPeaks.set(peaksKey, decoded);
        }
        if (!decoded) {
          const length = duration ?? (await metadataDuration(this.#scope, this.#store, this.#audio));
          // First audio first: the waveform's own download waits until the media can play.
          await mediaCanPlay(this.#scope, this.#audio);
          if (this.#scope.disposed) return;
          if (length > (this.#options.streamPeaksAfter ?? STREAM_PEAKS_AFTER_SECONDS)) return await this.#stream(length);
          const blob = await fetchRecording(this.#recording, this.#scope.signal);
          decoded = await decodePeaks(await blob.arrayBuffer(), source.callerChannel);
          sessionPeaks.set(peaksKey, decoded);
        }
        peaks = decoded.peaks;
        this.#setChannels(decoded.channels);
        duration ??= decoded.duration;
      }
      if (this.#scope.disposed) return;
      duration ??= await metadataDuration(this.#scope, this.#store, this.#audio);
      await this.#draw(peaks, duration);
      this.#store.set({ waveform: 'ready', waveformProgress: null, duration: this.#store.get().duration || duration });
    } catch (error) {
      this.#failed(error);
    }
  }

  #setChannels(channels: number): void {
    this.#channels = channels;
    this.#options.onChannels(channels);
  }

  #failed(error: unknown): void {
    if (this.#scope.disposed || (error as Error)?.name === 'AbortError') return;
    this.#store.set({ waveform: 'unavailable', waveformProgress: null });
    this.#options.onError(new PlayerError('waveform', { cause: error }));
  }

  async #draw(peaks: ChannelPeaks, duration: number): Promise<void> {
    this.#peaks = peaks;
    this.#peaksDuration = duration;
    this.#chooseRenderer(this.#store.get().zoom);
    // Same src: wavesurfer keeps the media element as it is and only draws the new peaks.
    await this.#ws.load(this.#audio.src, peaks, duration);
    // Drawn after a seek the media cannot show yet (a link to a moment, before its metadata): the
    // playhead goes where playback will start, not to 0:00.
    const { metadataSeen, currentTime } = this.#store.get();
    if (!metadataSeen && currentTime > 0 && !this.#scope.disposed) this.#ws.setTime(currentTime);
    this.#marks.draw();
    this.#store.set({ zoomMax: Math.max(...zoomLevels(this.#fitPxPerSecond())) });
  }

  /** Long recording without peaks: playback streams at once while the lanes fill in from a worker. */
  async #stream(duration: number): Promise<void> {
    const { source, peaksKey } = this.#options;
    const buckets = bucketsFor(duration);
    this.#store.set({ waveform: 'streaming', waveformProgress: 0 });
    await this.#draw([new Float32Array(buckets * 2), new Float32Array(buckets * 2)], duration);
    // Loaded on demand: most recordings come with peaks or are short, and never need this code.
    const [{ streamPeaksAnywhere }, { StreamingLanes }] = await Promise.all([import('../stream/peaksStream.js'), import('../streamingLanes.js')]);
    if (this.#scope.disposed) return;
    let url: string | null = null;
    let latest: Float32Array[] | null = null;
    let drawing = false;
    let drawnAt = -Infinity;
    // At "fit", new peaks draw only their new columns; zoomed in (wavesurfer scrolls), whole redraws.
    const lanes = this.#store.get().zoom > 1 ? null : new StreamingLanes(this.#ws.getWrapper(), this.#look.colors);
    this.#streamingLanes = lanes;
    const dropLanes = this.#scope.add(() => {
      stopPlayhead();
      lanes?.remove();
      if (this.#streamingLanes === lanes) this.#streamingLanes = null;
    });
    const stopPlayhead = this.#store.subscribe(() => this.#streamingLanes?.setPlayhead(this.#store.get().currentTime / duration));
    const result = await streamPeaksAnywhere({
      duration,
      buckets,
      signal: this.#scope.signal,
      getUrl: async (refused) => {
        const next = refused && url ? await this.#recording.replacementFor(url) : await this.#recording.usable();
        url = next.url;
        return url;
      },
      onProgress: (channels, reached) => {
        if (this.#scope.disposed) return;
        this.#store.set({ waveformProgress: Math.min(1, reached / duration) });
        if (this.#streamingLanes) return this.#streamingLanes.update(orderByCaller(channels, source.callerChannel), reached / duration);
        // wavesurfer redraws its whole canvas for new peaks: at most one redraw in flight and one per
        // STREAM_REDRAW_MS, always of the latest peaks, instead of one per message.
        latest = channels;
        if (drawing || performance.now() - drawnAt < STREAM_REDRAW_MS) return;
        drawing = true;
        const next = latest;
        void this.#draw(orderByCaller(next, source.callerChannel), duration).finally(() => {
          drawing = false;
          drawnAt = performance.now();
        });
      },
    }, this.#options.preferDecoder);
    if (this.#scope.disposed) return;
    const decoded: DecodedPeaks = { peaks: orderByCaller(result.peaks, source.callerChannel), duration, channels: result.channels };
    sessionPeaks.set(peaksKey, decoded);
    this.#setChannels(result.channels);
    this.#store.set({ waveform: 'ready', waveformProgress: null });
    await this.#draw(decoded.peaks, duration);
    dropLanes();
  }

  /** Moves the playhead where the media will start (its own clock moves it once it has loaded). */
  showTime(seconds: number): void {
    if (this.#peaks && !this.#scope.disposed) this.#ws.setTime(seconds);
  }

  // ---- marks ----------------------------------------------------------------------------------
  #lanes(): DrawnLanes | null {
    return this.#peaks ? { peaks: this.#peaks, duration: this.#peaksDuration, channels: this.#channels, width: this.#options.container.clientWidth } : null;
  }

  setTranscript(turns: readonly TranscriptTurn[] | undefined): void {
    this.#marks.setTranscript(turns);
  }

  setSlowResponseMs(ms: number | undefined): void {
    this.#marks.setSlowResponseMs(ms);
  }

  #chooseRenderer(zoom: number): void {
    const streaming = this.#store.get().waveform === 'streaming';
    this.#look.chooseRenderer(streaming ? null : this.#peaks, this.#peaksDuration, this.#options.container.clientWidth * zoom);
  }

  /** New theme colours or lane height: the lanes, the streamed lanes and the marks repaint. */
  setLanes(colors: LaneColors & Partial<OverlayColors>, height: number): void {
    if (this.#scope.disposed) return;
    this.#look.setColors(colors, height);
    this.#streamingLanes?.setColors(colors);
    if (colors.overlap !== undefined) this.#marks.setColors(colors as LaneColors & OverlayColors);
  }

  // ---- zoom -----------------------------------------------------------------------------------
  #fitPxPerSecond(): number {
    const duration = this.#peaksDuration || this.#store.get().duration || 1;
    return this.#options.container.clientWidth / duration;
  }

  setZoom(zoom: number): void {
    if (!this.#peaks || this.#scope.disposed) return;
    const zoomed = zoom > 1;
    if (zoomed && this.#streamingLanes) this.#leaveStreamingLanes();
    // Zoomed in, the view follows the playhead; at "fit" there is nothing to scroll.
    this.#ws.setOptions({ autoScroll: zoomed, autoCenter: zoomed, hideScrollbar: !zoomed });
    this.#chooseRenderer(zoom);
    this.#ws.zoom(zoomed ? this.#fitPxPerSecond() * zoom : 0);
    this.#store.set({ zoom, ...(zoomed ? {} : { viewStart: 0, viewEnd: 0 }) });
    this.#marks.draw();
    const { currentTime, duration } = this.#store.get();
    if (zoomed) this.#ws.setScrollTime(Math.max(0, currentTime - duration / zoom / 2));
  }

  /** Zoomed in while streaming: wavesurfer takes over the lanes (whole redraws, coalesced). */
  #leaveStreamingLanes(): void {
    const lanes = this.#streamingLanes;
    if (!lanes) return;
    this.#streamingLanes = null;
    lanes.remove();
  }

  stepZoom(direction: 1 | -1): void {
    this.setZoom(stepZoom(this.#store.get().zoom, direction, this.#fitPxPerSecond()));
  }

  #onWheel(event: WheelEvent): void {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault(); // the page must not zoom instead
    if (event.deltaY !== 0) this.stepZoom(event.deltaY < 0 ? 1 : -1);
  }
}

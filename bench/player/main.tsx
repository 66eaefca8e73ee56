// Benchmark page: mounts StereoRecordingPlayer (or wavesurfer's default full-decode setup, the
// baseline) for one recording of the demo backend, presses play as soon as it can, and reports when
// the lanes first show sound, when audio first plays, when the waveform is complete, and the JS heap.
import WaveSurfer from 'wavesurfer.js';
import { createRoot } from 'react-dom/client';
import { CallsProvider, createHttpAdapter, StereoRecordingPlayer, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';

export interface PlayerBenchOptions {
  mode: 'ours' | 'baseline';
  api: string;
  callId: string;
  /** Keep the peaks the API sends (ours only). */
  peaks: boolean;
  /** Stop after this long even if the waveform never completes. */
  timeoutMs: number;
}

export interface PlayerBenchResult {
  /** From mount until the API answered with the recording (and its peaks, if any). */
  sourceMs: number;
  firstWaveformMs: number | null;
  completeWaveformMs: number | null;
  firstAudioMs: number | null;
  heapBeforeMB: number;
  peakHeapMB: number;
}

declare global {
  interface Window {
    benchPlayer(options: PlayerBenchOptions): Promise<PlayerBenchResult>;
    gc?: () => void;
  }
}

const heapMB = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1_048_576;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Whether the lanes' canvases show more than a flat line somewhere. */
function lanesShowSound(host: Element): boolean {
  const shadow = host.shadowRoot ?? host.firstElementChild?.shadowRoot;
  // wavesurfer's lanes, and the canvas a streaming waveform is drawn on until it is complete.
  for (const canvas of shadow?.querySelectorAll<HTMLCanvasElement>('.canvases canvas, canvas[data-streaming]') ?? []) {
    if (!canvas.width || !canvas.height) continue;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let x = 0; x < canvas.width; x += 4) {
      let inked = 0;
      for (let y = 0; y < canvas.height; y++) if (data[(y * canvas.width + x) * 4 + 3]! > 100) inked++;
      if (inked > 6) return true;
    }
  }
  return false;
}

window.benchPlayer = async ({ mode, api, callId, peaks, timeoutMs }) => {
  const http = createHttpAdapter({ baseUrl: api, accountSlug: 'demo', getToken: async () => 'demo-token' });
  window.gc?.();
  const heapBeforeMB = heapMB();
  let peakHeapMB = heapBeforeMB;
  const root = document.getElementById('root')!;
  const t0 = performance.now();
  let sourceMs = 0;
  let firstAudioMs: number | null = null;
  let firstWaveformMs: number | null = null;
  let completeWaveformMs: number | null = null;
  const media: { audio: HTMLAudioElement | null } = { audio: null };
  const since = () => performance.now() - t0;
  const events: string[] = [];

  if (mode === 'ours') {
    const adapter: CallsAdapter = {
      ...http,
      getRecording: async (id, init) => {
        const source = await http.getRecording(id, init);
        sourceMs = since();
        if (!source || peaks) return source;
        const { peaks: _dropped, ...rest } = source;
        return rest;
      },
    };
    const original = document.createElement.bind(document);
    document.createElement = ((tag: string, o?: ElementCreationOptions) => {
      const el = original(tag, o);
      if (tag === 'audio') {
        media.audio = el as HTMLAudioElement;
        for (const e of ['loadstart', 'loadedmetadata', 'canplay', 'play', 'playing']) el.addEventListener(e, () => events.push(`${e}@${since().toFixed(0)}`));
      }
      return el;
    }) as typeof document.createElement;
    createRoot(root).render(
      <CallsProvider adapter={adapter}>
        <StereoRecordingPlayer callId={callId} />
      </CallsProvider>,
    );
    const player = () => root.querySelector<HTMLElement>('[data-talkturo-player]');
    while (since() < timeoutMs && (firstAudioMs === null || completeWaveformMs === null)) {
      await nextFrame();
      peakHeapMB = Math.max(peakHeapMB, heapMB());
      const p = player();
      if (!p) continue;
      const play = p.querySelector<HTMLButtonElement>('[data-part="play"]');
      if (firstAudioMs === null && play && !play.disabled && p.dataset.state === 'paused') play.click();
      const audio = media.audio;
      if (firstAudioMs === null && audio && !audio.paused && audio.currentTime > 0) firstAudioMs = since();
      if (firstWaveformMs === null && lanesShowSound(p.querySelector('[data-part="waveform"]')!)) firstWaveformMs = since();
      if (completeWaveformMs === null && p.dataset.waveform === 'ready') completeWaveformMs = since();
    }
  } else {
    // wavesurfer's documented default: give it the URL; it fetches the file, decodes it whole, draws.
    const source = (await http.getRecording(callId))!;
    sourceMs = since();
    const ws = WaveSurfer.create({ container: root, url: source.url, splitChannels: [{ waveColor: '#fff' }, { waveColor: '#a78bfa' }], height: 56 });
    ws.on('ready', () => {
      completeWaveformMs = since();
      firstWaveformMs ??= completeWaveformMs;
    });
    void ws.play().catch(() => undefined);
    const audio = ws.getMediaElement() as HTMLAudioElement;
    while (since() < timeoutMs && (firstAudioMs === null || completeWaveformMs === null)) {
      await nextFrame();
      peakHeapMB = Math.max(peakHeapMB, heapMB());
      if (firstAudioMs === null && audio.paused && completeWaveformMs !== null) void ws.play().catch(() => undefined);
      if (firstAudioMs === null && !audio.paused && audio.currentTime > 0) firstAudioMs = since();
    }
  }
  // A second more of playback, to catch what the heap does once everything runs.
  const settle = performance.now();
  while (performance.now() - settle < 1000) {
    await nextFrame();
    peakHeapMB = Math.max(peakHeapMB, heapMB());
  }
  console.log('media events', events.join(' '));
  return { sourceMs, firstWaveformMs, completeWaveformMs, firstAudioMs, heapBeforeMB, peakHeapMB };
};

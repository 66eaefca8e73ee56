// Benchmark page for "while it plays", built as a host app would use us: the package's built files (its
// name resolves to dist/, the files its tarball carries), a production build, React StrictMode, the player
// in a 900 px box, and the hour's peaks given as two arrays of 4,000 values with its duration. It mounts
// one setup for a call of the demo backend and plays it, so the runner can read Chromium's main-thread
// metrics around the playing window. Setups: our player, the plain player of parts, our panel with a long transcript, and
// wavesurfer.js 8 with the same peaks wired by hand (the peer).
import WaveSurfer from 'wavesurfer.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CallDetailPanel, CallsProvider, createHttpAdapter, PlayerDownload, PlayerLanes, PlayerPlayButton, PlayerRoot, PlayerSeek, PlayerSpeed, PlayerTime, StereoRecordingPlayer, type CallsAdapter, type RecordingSource, type TranscriptTurn } from '@talkturo/components-react';
import '@talkturo/components-react/styles.css';
import { readPeaks } from '../../src/adapter/peaks';

/** Peaks as a host often has them: two plain arrays of `points` [max, min] pairs, one per channel. */
function asArrays(source: RecordingSource, points = 4_000): [Float32Array, Float32Array] {
  const channels = readPeaks(source.peaks);
  return [0, 1].map((c) => {
    const plane = channels[c] ?? channels[0]!;
    const from = plane.length / 2;
    const out = new Float32Array(points * 2);
    for (let p = 0; p < points; p++) {
      let max = 0;
      let min = 0;
      for (let b = Math.floor((p * from) / points); b < Math.floor(((p + 1) * from) / points); b++) {
        max = Math.max(max, plane[b * 2]!);
        min = Math.min(min, plane[b * 2 + 1]!);
      }
      out[p * 2] = max;
      out[p * 2 + 1] = min;
    }
    return out;
  }) as [Float32Array, Float32Array];
}

export type Setup = 'player' | 'parts' | 'panel' | 'wavesurfer';

export interface MountOptions {
  setup: Setup;
  api: string;
  callId: string;
  /** Turns the panel's transcript gets (synthetic, spread over the call). */
  turns?: number;
  /** How long to wait for the player to be ready with its lanes complete. */
  timeoutMs?: number;
}

declare global {
  interface Window {
    benchMount(options: MountOptions): Promise<{ readyMs: number; transcriptMs: number | null }>;
    benchPlay(): Promise<void>;
    benchStop(): Promise<{ frames: number; over50: number; longestMs: number; commits: number; position: number }>;
    __commits: number;
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const root = document.getElementById('root')!;
let play: () => void = () => undefined;
let pause: () => void = () => undefined;
let position: () => number = () => 0;
let frameTimes: number[] = [];
let watching = false;

function spreadTurns(count: number, seconds: number): TranscriptTurn[] {
  const words = 'the claim covers the water damage in the kitchen and the adjuster will call tomorrow'.split(' ');
  return Array.from({ length: count }, (_, i) => ({
    speaker: i % 2 ? 'assistant' : 'caller',
    text: Array.from({ length: 6 + (i % 9) }, (_, k) => words[(i + k) % words.length]).join(' '),
    startSeconds: (i * seconds) / count,
    endSeconds: ((i + 1) * seconds) / count,
  }));
}

async function until(test: () => boolean, timeoutMs = 60_000) {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await nextFrame();
  }
}

window.benchMount = async ({ setup, api, callId, turns = 0, timeoutMs }) => {
  const http = createHttpAdapter({ baseUrl: api, accountSlug: 'demo', getToken: async () => 'demo-token' });
  const t0 = performance.now();
  let callArrived = 0;
  if (setup === 'wavesurfer') {
    // What a team builds by hand on wavesurfer.js with precomputed peaks: the lanes, a clock, play.
    const source = (await http.getRecording(callId))!;
    const channels = asArrays(source);
    const clock = document.createElement('span');
    root.append(clock);
    const holder = document.createElement('div');
    holder.style.width = '900px';
    root.append(holder);
    const ws = WaveSurfer.create({
      container: holder, url: source.url, peaks: channels, duration: source.durationSeconds!, height: 56,
      splitChannels: [{ waveColor: '#fff', progressColor: '#ccc' }, { waveColor: '#a78bfa', progressColor: '#7c5cd6' }],
    });
    const format = (t: number) => `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, '0')}`;
    ws.on('timeupdate', (t) => (clock.textContent = `${format(t)} / ${format(ws.getDuration())}`));
    await new Promise<void>((resolve) => ws.once('ready', () => resolve()));
    play = () => void ws.play();
    pause = () => ws.pause();
    position = () => ws.getCurrentTime();
    return { readyMs: performance.now() - t0, transcriptMs: null };
  }
  const adapter: CallsAdapter = {
    ...http,
    getRecording: async (id, init) => {
      const source = await http.getRecording(id, init);
      return source?.peaks ? { ...source, peaks: asArrays(source) } : source;
    },
    getCall: async (id, init) => {
      const call = await http.getCall(id, init);
      const withTurns = turns ? { ...call, transcript: spreadTurns(turns, call.durationSeconds ?? 3600) } : call;
      callArrived = performance.now();
      return withTurns;
    },
  };
  createRoot(root).render(
    <StrictMode>
      <CallsProvider adapter={adapter}>
        <div style={{ width: 900 }}>
          {setup === 'panel' ? <CallDetailPanel callId={callId} /> : setup === 'parts' ? (
            // The plain player of parts: what the wavesurfer page has (lanes, play, a clock) and seek, speed, download.
            <PlayerRoot callId={callId}>
              <PlayerLanes />
              <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <PlayerPlayButton />
                <PlayerTime />
                <PlayerSeek />
                <PlayerSpeed />
                <PlayerDownload />
              </div>
            </PlayerRoot>
          ) : <StereoRecordingPlayer callId={callId} />}
        </div>
      </CallsProvider>
    </StrictMode>,
  );
  let transcriptMs: number | null = null;
  if (setup === 'panel') {
    await until(() => !!root.querySelector('[data-part="turns"] li'));
    await nextFrame();
    transcriptMs = performance.now() - callArrived;
  }
  const button = () => root.querySelector<HTMLButtonElement>('[data-talkturo-player] [data-part="play"]');
  await until(() => !!button() && !button()!.disabled && root.querySelector<HTMLElement>('[data-talkturo-player]')?.dataset.waveform === 'ready', timeoutMs);
  play = () => button()?.click();
  pause = () => button()?.click();
  position = () => Number(root.querySelector<HTMLInputElement>('[data-part="seek"]')?.value ?? 0);
  return { readyMs: performance.now() - t0, transcriptMs };
};

window.benchPlay = async () => {
  play();
  await until(() => position() > 0.2, 10_000);
  frameTimes = [];
  window.__commits = 0;
  watching = true;
  const loop = (t: number) => {
    frameTimes.push(t);
    if (watching) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
};

window.benchStop = async () => {
  watching = false;
  const commits = window.__commits;
  const at = position();
  pause();
  const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]!);
  return { frames: gaps.length, over50: gaps.filter((g) => g > 50).length, longestMs: Math.max(0, ...gaps), commits, position: at };
};

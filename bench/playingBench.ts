// "While it plays": main-thread work while an hour-long call plays (CDP Performance.getMetrics), React
// commits, frames; a 10,000-turn transcript's time to show; what opening a call reads and holds. Ours
// beside wavesurfer.js 8 given the same peaks by hand, each run in a fresh Chromium, production build.
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import type { MountOptions } from './playing/main';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rendererRssMB, samplePeak } from './processMemory';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--autoplay-policy=no-user-gesture-required',
];
const PLAY_SECONDS = 10;
const RUNS = 3;

// Counts React commits in a production build: React reports each commit to a devtools hook if one exists.
const COMMIT_HOOK = `
  window.__commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot() { window.__commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };`;

interface Busy {
  setup: string;
  busyPercent: number;
  scriptPercent: number;
  commitsPerSecond: number | null;
  over50: number;
  longestFrameMs: number;
}

export interface PlayingResult {
  busy: Busy[][];
  transcriptMs: number[];
  open: { setup: string; storageKB: number; rendererMB: number }[][];
  /** Renderer peak while a call opens and, without peaks, its waveform streams in whole. */
  streaming: { setup: string; peakMB: number; completeMs: number }[][];
}

async function withPage<T>(chromiumPath: string, url: string, run: (page: Page, cdp: CDPSession) => Promise<T>, extraArgs: string[] = []): Promise<T> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: [...ARGS, ...extraArgs] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.addInitScript(COMMIT_HOOK);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.benchMount === 'function');
    return await run(page, cdp);
  } finally {
    await browser.close();
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function busyRun(chromiumPath: string, url: string, options: MountOptions, label: string): Promise<Busy> {
  return withPage(chromiumPath, url, async (page, cdp) => {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.evaluate((o) => window.benchMount(o), options);
    await sleep(1500); // what mounting set off settles
    await page.evaluate(() => window.benchPlay());
    const before = await metrics(cdp);
    const started = Date.now();
    await sleep(PLAY_SECONDS * 1000);
    const after = await metrics(cdp);
    const wall = (Date.now() - started) / 1000;
    const stop = await page.evaluate(() => window.benchStop());
    if (stop.position < PLAY_SECONDS * 0.8) throw new Error(`${label}: played only to ${stop.position} s`);
    const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
    return {
      setup: label,
      busyPercent: (delta('TaskDuration') / wall) * 100,
      scriptPercent: (delta('ScriptDuration') / wall) * 100,
      commitsPerSecond: options.setup === 'wavesurfer' ? null : stop.commits / wall,
      over50: stop.over50,
      longestFrameMs: stop.longestMs,
    };
  });
}

/**
 * Bytes the browser read from sockets to `port`, from Chromium's NetLog: what it really took in (the
 * DevTools protocol does not see media loads, and counting at the server also counts what the kernel
 * buffered for a request the browser then dropped).
 */
function socketBytesFrom(netlogPath: string, port: string): number {
  const text = readFileSync(netlogPath, 'utf8').trimEnd();
  // A browser that did not shut down cleanly leaves the events array open.
  const log = JSON.parse(text.endsWith('}') ? text : `${text.replace(/,$/, '')}]}`) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; source: { id: number }; params?: { address_list?: string[]; remote_address?: string; byte_count?: number } }[];
  };
  const types = log.constants.logEventTypes;
  const ours = new Set<number>();
  const toStorage = (address: string | undefined) => !!address?.endsWith(`:${port}`);
  for (const e of log.events) {
    if (e.type === types.TCP_CONNECT && (e.params?.address_list?.some(toStorage) || toStorage(e.params?.remote_address))) ours.add(e.source.id);
  }
  let bytes = 0;
  for (const e of log.events) if (e.type === types.SOCKET_BYTES_RECEIVED && ours.has(e.source.id)) bytes += e.params?.byte_count ?? 0;
  return bytes;
}

async function openRun(chromiumPath: string, url: string, options: MountOptions, label: string, storagePort: string) {
  const dir = mkdtempSync(join(tmpdir(), 'talkturo-netlog-'));
  const netlog = join(dir, 'net.json');
  try {
    const rendererMB = await withPage(chromiumPath, url, async (page) => {
      await page.evaluate((o) => window.benchMount(o), options);
      await sleep(5000); // what the page reads ahead without being asked to play
      return rendererRssMB();
    }, [`--log-net-log=${netlog}`]);
    return { setup: label, storageKB: socketBytesFrom(netlog, storagePort) / 1024, rendererMB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renderer processes' highest resident memory from mounting until a second after the lanes are complete. */
async function streamRun(chromiumPath: string, url: string, options: MountOptions, label: string) {
  return withPage(chromiumPath, url, async (page) => {
    await sleep(500);
    const stop = samplePeak();
    const { readyMs } = await page.evaluate((o) => window.benchMount(o), { ...options, timeoutMs: 120_000 });
    await sleep(1000);
    return { setup: label, peakMB: stop(), completeMs: readyMs };
  });
}

export async function runPlayingBench(chromiumPath: string, base: string, api: string, storageUrl: string): Promise<PlayingResult> {
  const storagePort = new URL(storageUrl).port;
  const url = `${base}playing/index.html`;
  const hour = 'hour-long-with-peaks';
  const list = await (await fetch(`${api}/api/calls?accountSlug=demo&limit=50`, { headers: { Authorization: 'Bearer demo-token' } })).json() as { data: { id: string; recording: string; duration_seconds?: number }[] };
  const short = list.data.find((c) => c.recording === 'available' && (c.duration_seconds ?? 99) < 30);
  if (!short) throw new Error('no short call in the demo data');
  // The API reads each recording's stored peaks from the storage once; not during a measured window.
  for (const id of [hour, short.id]) await fetch(`${api}/api/calls/${id}/recording?accountSlug=demo`, { headers: { Authorization: 'Bearer demo-token' } });
  const result: PlayingResult = { busy: [], transcriptMs: [], open: [], streaming: [] };
  for (let run = 0; run < RUNS; run++) {
    const round: Busy[] = [];
    round.push(await busyRun(chromiumPath, url, { setup: 'wavesurfer', api, callId: hour }, 'wavesurfer.js 8 with peaks, by hand'));
    round.push(await busyRun(chromiumPath, url, { setup: 'player', api, callId: hour }, 'StereoRecordingPlayer'));
    round.push(await busyRun(chromiumPath, url, { setup: 'parts', api, callId: hour }, 'Plain player of parts (lanes, play, time, seek, speed, download)'));
    round.push(await busyRun(chromiumPath, url, { setup: 'panel', api, callId: hour, turns: 2000 }, 'CallDetailPanel, 2,000 turns'));
    console.log('busy', JSON.stringify(round));
    result.busy.push(round);
    result.transcriptMs.push(await withPage(chromiumPath, url, async (page) =>
      (await page.evaluate((o) => window.benchMount(o), { setup: 'panel' as const, api, callId: hour, turns: 10_000 })).transcriptMs ?? Number.NaN));
    const opened = [
      await openRun(chromiumPath, url, { setup: 'player', api, callId: short.id }, 'StereoRecordingPlayer, 18-second call', storagePort),
      await openRun(chromiumPath, url, { setup: 'player', api, callId: hour }, 'StereoRecordingPlayer, 60-minute call with peaks', storagePort),
      await openRun(chromiumPath, url, { setup: 'wavesurfer', api, callId: hour }, 'wavesurfer.js 8 with peaks, 60-minute call', storagePort),
    ];
    console.log('open', JSON.stringify(opened), 'transcript', result.transcriptMs.at(-1));
    result.open.push(opened);
    const streamed = [
      await streamRun(chromiumPath, url, { setup: 'player', api, callId: short.id }, 'StereoRecordingPlayer, 18-second call'),
      await streamRun(chromiumPath, url, { setup: 'player', api, callId: 'hour-long-streamed' }, 'StereoRecordingPlayer, 60-minute call without peaks (streams)'),
    ];
    console.log('streaming', JSON.stringify(streamed));
    result.streaming.push(streamed);
  }
  return result;
}

function streamRows(result: PlayingResult): string[] {
  const setups = result.streaming[0]?.map((s) => s.setup) ?? [];
  const of = (setup: string) => result.streaming.map((round) => round.find((s) => s.setup === setup)!);
  const shortPeak = setups[0] ? median(of(setups[0]).map((s) => s.peakMB)) : 0;
  return setups.map((setup) => {
    const runs = of(setup);
    const peak = median(runs.map((s) => s.peakMB));
    return `| ${setup} | ${range(runs.map((s) => s.completeMs), 0)} | ${range(runs.map((s) => s.peakMB))} | ${(peak - shortPeak).toFixed(1)} |`;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[], digits = 1) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

export function playingMarkdown(result: PlayingResult): string[] {
  const setups = result.busy[0]!.map((b) => b.setup);
  const of = (setup: string) => result.busy.map((round) => round.find((b) => b.setup === setup)!);
  const peer = median(of(setups[0]!).map((b) => b.busyPercent));
  const lines = [
    '## While it plays: main-thread work, commits, transcript, bytes',
    '',
    `The demo's hour-long call with peaks from the API, in a fresh headless Chromium per run, on a page built as`,
    `a host builds us (issue 22): the package imported by name from its production build (\`dist/\`, the files its`,
    `tarball carries), the page's own production Vite build, React StrictMode, the player in a 900 px box, the`,
    `peaks given as two arrays of 4,000 values with the duration (wavesurfer gets the same arrays); 1280×900.`,
    `After mounting and 1.5 s to settle, playback starts and Chromium's`,
    `\`Performance.getMetrics\` is read before and after ${PLAY_SECONDS} s of playing: busy = TaskDuration / wall time,`,
    `script = ScriptDuration / wall time. React commits are counted through a devtools hook (React reports`,
    `every commit to one); frames are requestAnimationFrame gaps. The peer is wavesurfer.js 8 given the same`,
    `URL and peaks by hand, with a clock updated on its \`timeupdate\` (no React). Median (min–max) of ${result.busy.length} runs.`,
    `Most of either's time is the frame loop: wavesurfer restyles its lanes on every frame while playing, and`,
    `each restyle costs the page a paint, a layerization and a compositor commit. Ours lets it through only when`,
    `the playhead reaches another device pixel (every few seconds for an hour at fit; every frame when zoomed in`,
    `or on a short call), so the frames between cost it almost nothing; the peer draws as wavesurfer does by default.`,
    '',
    '| setup | busy (% of wall) | × peer | script (%) | React commits / s | frames > 50 ms | longest frame (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const setup of setups) {
    const runs = of(setup);
    const busy = median(runs.map((b) => b.busyPercent));
    const commits = runs[0]!.commitsPerSecond === null ? '–' : range(runs.map((b) => b.commitsPerSecond!));
    lines.push(`| ${setup} | ${range(runs.map((b) => b.busyPercent))} | ${(busy / peer).toFixed(2)}× | ${range(runs.map((b) => b.scriptPercent))} | ${commits} | ${Math.max(...runs.map((b) => b.over50))} | ${range(runs.map((b) => b.longestFrameMs), 0)} |`);
  }
  const opens = result.open[0]!.map((o) => o.setup);
  const open = (setup: string) => result.open.map((round) => round.find((o) => o.setup === setup)!);
  const shortMB = median(open(opens[0]!).map((o) => o.rendererMB));
  lines.push(
    '',
    `10,000-turn transcript: the panel shows its turns ${range(result.transcriptMs, 0)} ms after the call data arrives`,
    '(from `getCall` resolving to the first frame with turns drawn).',
    '',
    'Opening a call without pressing Play: bytes Chromium read from its sockets to the storage (its NetLog,',
    '`SOCKET_BYTES_RECEIVED`) from mounting until 5 s after the player is ready, and the renderer processes\'',
    'resident memory (/proc) then.',
    '',
    '| setup | read from storage (kB) | renderer (MB) | renderer over the 18-second call (MB) |',
    '|---|---:|---:|---:|',
    ...opens.map((setup) => {
      const runs = open(setup);
      const mb = median(runs.map((o) => o.rendererMB));
      return `| ${setup} | ${range(runs.map((o) => o.storageKB), 0)} | ${mb.toFixed(1)} | ${(mb - shortMB).toFixed(1)} |`;
    }),
    '',
    'A 60-minute call without peaks: its lanes stream in from the recording (decoded frame by frame in a worker)',
    'when it is opened. Renderer processes\' highest resident memory (/proc, every 100 ms) from mounting until a',
    'second after the waveform is complete, against the same for an 18-second call opened the same way.',
    '',
    '| setup | waveform complete (ms) | renderer peak (MB) | over the 18-second call (MB) |',
    '|---|---:|---:|---:|',
    ...streamRows(result),
    '',
    'Targets (issue 14): player ≤ 1.2× and panel with 2,000 turns ≤ 1.5× the peer\'s busy time, no frame over 50 ms,',
    '≤ 10 commits a second; 10,000 turns shown in < 300 ms; a 60-minute call with peaks opened, not played: ≤ 1 MB',
    'read and ≤ +25 MB renderer over an 18-second call; a 60-minute call without peaks, while its waveform streams:',
    '≤ +60 MB renderer over an 18-second call. Issue 30: the full player ≤ 1.2×, the plain player of parts ≤ 1.05× and',
    'the panel with 2,000 turns ≤ 1.3×.',
    '',
  );
  return lines;
}


// The player benchmark: the 3-minute fixture and the demo's hour-long call, with and without peaks,
// against wavesurfer's default full-decode setup on the same files, each in a fresh Chromium.
import { chromium } from 'playwright';
import type { PlayerBenchOptions, PlayerBenchResult } from './player/main';
import { rendererRssMB, samplePeak } from './processMemory';

export interface PlayerRow extends PlayerBenchResult {
  label: string;
  recording: string;
  rssBeforeMB: number;
  peakRssMB: number;
}

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--autoplay-policy=no-user-gesture-required', '--enable-precise-memory-info', '--js-flags=--expose-gc',
];

async function once(chromiumPath: string, pageUrl: string, options: PlayerBenchOptions) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    if (process.env.BENCH_VERBOSE) page.on('console', (m) => console.log('page:', m.text()));
    await page.goto(pageUrl);
    await page.waitForFunction(() => typeof window.benchPlayer === 'function');
    await new Promise((r) => setTimeout(r, 500));
    const rssBeforeMB = rendererRssMB();
    const stop = samplePeak();
    const result = await page.evaluate((o) => window.benchPlayer(o), options);
    return { ...result, rssBeforeMB, peakRssMB: stop() };
  } finally {
    await browser.close();
  }
}

const median = (values: (number | null)[]) => {
  if (values.some((v) => v === null)) return null;
  const sorted = [...(values as number[])].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function runPlayerBench(chromiumPath: string, base: string, api: string): Promise<PlayerRow[]> {
  const list = await (await fetch(`${api}/api/calls?accountSlug=demo&limit=50`, { headers: { Authorization: 'Bearer demo-token' } })).json() as { data: { id: string; recording: string; duration_seconds?: number }[] };
  // A plain stereo call: not one of the demo's calls stored or served differently.
  const threeMinutes = list.data.find((c) => c.recording === 'available' && (c.duration_seconds ?? 0) > 100 && (c.duration_seconds ?? 0) < 600 && !['two-files', 'redacted', 'legal-hold'].includes(c.id));
  if (!threeMinutes) throw new Error('no 3-minute call in the demo data');
  const recordings = [
    { name: '3-minute', callId: threeMinutes.id },
    { name: '60-minute', callId: 'hour-long-with-peaks' },
    // The same 3 minutes stored as one mono file per side: read, decoded and merged in the page.
    { name: '3-minute, two files', callId: 'two-files' },
    { name: '60-minute, two files', callId: 'two-files-hour' },
  ].filter((r) => !process.env.BENCH_RECORDINGS || process.env.BENCH_RECORDINGS.split(',').includes(r.callId));
  const pageUrl = `${base}player/index.html`;
  // Warm the API's peaks (computed once per recording, as a backend job would) outside the clock.
  for (const r of recordings) await fetch(`${api}/api/calls/${r.callId}/recording?accountSlug=demo`, { headers: { Authorization: 'Bearer demo-token' } });

  const rows: PlayerRow[] = [];
  for (const { name, callId } of recordings) {
    for (const [label, mode, peaks, times] of [
      ['StereoRecordingPlayer, peaks from the API', 'ours', true, 3],
      ['StereoRecordingPlayer, no peaks', 'ours', false, 3],
      ['wavesurfer default (fetch + decode whole)', 'baseline', false, name === '60-minute' ? 1 : 3],
    ] as const) {
      // Two files come without peaks, and wavesurfer has no way to play two files as one.
      if (name.includes('two files') && (peaks || mode === 'baseline')) continue;
      const runs: Awaited<ReturnType<typeof once>>[] = [];
      for (let i = 0; i < times; i++) runs.push(await once(chromiumPath, pageUrl, { mode, api, callId, peaks, timeoutMs: 120_000 }));
      const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k] as number | null));
      const row: PlayerRow = {
        label, recording: name,
        sourceMs: pick('sourceMs')!, firstWaveformMs: pick('firstWaveformMs'), completeWaveformMs: pick('completeWaveformMs'),
        firstAudioMs: pick('firstAudioMs'), heapBeforeMB: pick('heapBeforeMB')!, peakHeapMB: pick('peakHeapMB')!,
        rssBeforeMB: pick('rssBeforeMB')!, peakRssMB: pick('peakRssMB')!,
      };
      console.log(name, label, JSON.stringify(row));
      rows.push(row);
    }
  }
  return rows;
}

const ms = (n: number | null) => (n === null ? 'never' : n.toFixed(0));
const mb = (n: number) => n.toFixed(1);

export function playerMarkdown(rows: PlayerRow[]): string[] {
  return [
    '## StereoRecordingPlayer: 3-minute and 60-minute stereo calls, and a call stored as two files',
    '',
    'Each run mounts the player in a fresh headless Chromium against the demo backend (recordings in its embedded',
    'S3, presigned URLs), presses play as soon as the button is enabled, and watches every animation frame. The',
    '60-minute call is the demo\'s hour-long recording (the 3-minute fixture repeated frame by frame, 14 MB at 32',
    'kbps). "Peaks from the API" means the recording response carried precomputed peaks (computed before the clock',
    'starts, as a backend job would); "no peaks" drops them, so recordings over 5 minutes stream into peaks in a',
    'worker (mpg123 read in place) while playing, and shorter ones are read once (the media plays that read',
    'through MSE) and decoded at 8 kHz. The baseline is',
    'wavesurfer.js 8 given just the URL, its default: download the whole file, decode it, then draw and play.',
    '"Two files" is the 3-minute call, or the hour, stored as one mono MP3 per side (the demo\'s `two-files` and',
    '`two-files-hour`): both are read,',
    'decoded one after the other at 24 kHz into one stereo WAV the media plays, the lanes\' peaks taken on the way',
    '(wavesurfer has no way to play two files as one, so it has no row there).',
    '',
    '- source: mount → the API answered with the recording (URL, and peaks if any).',
    '- first waveform: mount → the lanes first show sound on screen (for a streamed call, its first part).',
    '- complete: mount → the whole waveform is drawn.',
    '- first audio: mount → the media element is playing with its clock past 0.',
    '- JS heap: `performance.memory.usedJSHeapSize` of the page (after a forced GC before mount, and its highest',
    '  per-frame sample until a second after both the waveform and playback are done); it does not see decoded',
    '  audio buffers or a worker\'s heap, so the renderer process\'s resident memory (all renderer processes,',
    '  from /proc, sampled every 100 ms) is given too.',
    '',
    'Median of 3 runs (the 60-minute baseline runs once).',
    '',
    '| recording | setup | source (ms) | first waveform (ms) | complete (ms) | first audio (ms) | JS heap added (MB) | renderer memory added (MB) |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.recording} | ${r.label} | ${ms(r.sourceMs)} | ${ms(r.firstWaveformMs)}${r.firstWaveformMs !== null && r.label.includes('peaks from') ? ` (${ms(r.firstWaveformMs - r.sourceMs)} after the peaks)` : ''} | ${ms(r.completeWaveformMs)} | ${ms(r.firstAudioMs)} | ${mb(r.peakHeapMB - r.heapBeforeMB)} | ${mb(r.peakRssMB - r.rssBeforeMB)} |`),
    '',
    'Targets (issue 4): with peaks, a 60-minute call draws in under 300 ms after the peaks arrive and adds under',
    '20 MB of heap; without peaks, playback starts in under 1 s and heap stays under 100 MB while the baseline',
    'takes hundreds of MB.',
    '',
    ...budgetLines(rows),
    ...twoFileLines(rows),
    '',
  ];
}

/** What a call stored as two files costs, beside what it cost before the merge was reworked (2026-12-05). */
function twoFileLines(rows: PlayerRow[]): string[] {
  const hour = rows.find((r) => r.recording === '60-minute, two files');
  if (!hour) return [];
  return [
    '',
    `Two files: the hour sounds ${ms(hour.firstAudioMs)} ms after mount, both sides (its two files are read, decoded`,
    `and merged first), and adds ${mb(hour.peakRssMB - hour.rssBeforeMB)} MB of renderer memory at its peak. Before 2026-12-05 the two`,
    'sides were decoded at once and the merged WAV decoded a second time for the lanes: 1,892 MB added; and',
    'Play pressed before the merge played the caller\'s file alone (first audio 6,245 ms, one side). Most of',
    'what is left is decoding itself (decodeAudioData holds a whole side at once, and more while it resamples); a stereo file',
    'streams instead and is what the README advises for long calls.',
  ];
}

/**
 * Issue 22's budgets, checked on every run (`npm run bench -- player` exits 1 when one fails): opening the
 * hour with peaks costs at most 25 MB of renderer memory more than the 3-minute call with peaks, and its
 * first sound comes within 400 ms of mount with Play pressed as soon as it is enabled.
 */
export const PLAYER_BUDGETS = { hourOverShortMB: 25, hourFirstAudioMs: 400 };
export function playerBudgetsFailed(rows: PlayerRow[]): string[] {
  const find = (recording: string) => rows.find((r) => r.recording === recording && r.label.includes('peaks from'));
  const hour = find('60-minute');
  const short = find('3-minute');
  if (!hour || !short) return [];
  const failed: string[] = [];
  const more = (hour.peakRssMB - hour.rssBeforeMB) - (short.peakRssMB - short.rssBeforeMB);
  if (more > PLAYER_BUDGETS.hourOverShortMB) failed.push(`the hour with peaks adds ${more.toFixed(1)} MB more than the 3-minute call (budget ${PLAYER_BUDGETS.hourOverShortMB} MB)`);
  if ((hour.firstAudioMs ?? Infinity) > PLAYER_BUDGETS.hourFirstAudioMs) failed.push(`the hour with peaks sounds after ${ms(hour.firstAudioMs)} ms (budget ${PLAYER_BUDGETS.hourFirstAudioMs} ms)`);
  return failed;
}

function budgetLines(rows: PlayerRow[]): string[] {
  const find = (recording: string) => rows.find((r) => r.recording === recording && r.label.includes('peaks from'));
  const hour = find('60-minute');
  const short = find('3-minute');
  if (!hour || !short) return [];
  const more = (hour.peakRssMB - hour.rssBeforeMB) - (short.peakRssMB - short.rssBeforeMB);
  const failed = playerBudgetsFailed(rows);
  return [
    `Budgets (issue 22, checked by the run): the hour with peaks adds ${mb(more)} MB of renderer memory over the 3-minute`,
    `call with peaks (budget ${PLAYER_BUDGETS.hourOverShortMB} MB), and sounds ${ms(hour.firstAudioMs)} ms after mount with Play pressed as soon as it`,
    `is enabled (budget ${PLAYER_BUDGETS.hourFirstAudioMs} ms): ${failed.length ? `**over** (${failed.join('; ')})` : 'both hold'}. Opening it reads no audio before`,
    'Play: its duration and peaks come with the source, so the media stands by with `preload="none"`, and the',
    'storage is asked two bytes (whether its samples are readable for per-speaker listening).',
  ];
}

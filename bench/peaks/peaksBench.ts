// Server-side peaks of a 60-minute stereo MP3: the built `@talkturo/components-react/peaks` entry in a
// fresh Node process, beside ffmpeg decoding the same file to 16-bit PCM, in the same run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { fixtureBytes, repeatRecording } from '../../demo/backend/recordings';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export interface Run {
  wallSeconds: number;
  cpuSeconds: number | null;
  maxRssMB: number;
  /** analyzeConversation of the computed peaks, in the same process (mode 'analyze'). */
  analyzeMs?: number;
}

export interface PeaksRow {
  file: string;
  audioSeconds: number;
  megabytes: number;
  who: string;
  runs: Run[];
}

/** Runs a command to the end; wall time from spawn to exit, peak RSS read from /proc while it runs. */
export function measure(command: string, args: string[]): Promise<Run & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let hwm = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        // exited between polls
      }
    }, 5);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} exited with ${code}`));
      resolve({ wallSeconds, cpuSeconds: null, maxRssMB: hwm, stdout });
    });
  });
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runPeaksBench(runs = 3): Promise<PeaksRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'talkturo-peaks-bench-'));
  try {
    const entry = here('../../dist/peaks/index.js');
    // The demo's hour (16 kHz, 32 kbps, as many voice-AI recordings are), and a 44.1 kHz 128 kbps one
    // encoded here from the same fixture, each the 3-minute call repeated frame by frame to an hour.
    const files: { name: string; path: string }[] = [];
    const hour16 = repeatRecording(fixtureBytes('long'), 3600);
    files.push({ name: '60 min, stereo, 16 kHz, 32 kbps', path: join(dir, 'hour-16k.mp3') });
    writeFileSync(files[0]!.path, hour16.bytes);
    const wide = join(dir, 'long-44k.mp3');
    execFileSync('ffmpeg', ['-v', 'error', '-nostdin', '-i', here('../../src/adapter/fixtures/call-long.mp3'), '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '128k', wide]);
    files.push({ name: '60 min, stereo, 44.1 kHz, 128 kbps', path: join(dir, 'hour-44k.mp3') });
    writeFileSync(files[1]!.path, repeatRecording(new Uint8Array(readFileSync(wide)), 3600).bytes);

    const rows: PeaksRow[] = [];
    for (const file of files) {
      const audioSeconds = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file.path]).toString());
      const megabytes = readFileSync(file.path).length / 1e6;
      const setups: [string, () => Promise<Run>][] = [
        ['ffmpeg → 16-bit PCM (decode only)', () => measure('ffmpeg', ['-v', 'error', '-nostdin', '-threads', '1', '-i', file.path, '-f', 's16le', '-acodec', 'pcm_s16le', '-y', '/dev/null'])],
        ...([16, 8] as const).map((bits): [string, () => Promise<Run>] => [`computePeaksJson, ${bits}-bit (the CLI's path)`, () => ours(entry, file.path, 'stream', bits)]),
        ['computePeaks + JSON.stringify, 16-bit', () => ours(entry, file.path, 'object', 16)],
        ['computePeaks, then analyzeConversation of its JSON', () => ours(entry, file.path, 'analyze', 16)],
      ];
      for (const [who, once] of setups) {
        const results: Run[] = [];
        for (let r = 0; r < runs; r++) results.push(await once());
        rows.push({ file: file.name, audioSeconds, megabytes, who, runs: results });
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ours(entry: string, file: string, mode: 'stream' | 'object' | 'analyze', bits: 8 | 16): Promise<Run> {
  const run = await measure(process.execPath, [here('./child.mjs'), entry, file, mode, String(bits)]);
  const self = JSON.parse(run.stdout) as { cpuSeconds: number; maxRssMB: number; analyzeMs?: number };
  return { wallSeconds: run.wallSeconds, cpuSeconds: self.cpuSeconds, maxRssMB: Math.max(run.maxRssMB, self.maxRssMB), ...(self.analyzeMs === undefined ? {} : { analyzeMs: self.analyzeMs }) };
}

export function peaksMarkdown(rows: PeaksRow[]): string[] {
  const f = (n: number, d = 2) => n.toFixed(d);
  const lines = [
    '## Server-side peaks: a 60-minute stereo MP3 to BBC audiowaveform JSON',
    '',
    'The built `@talkturo/components-react/peaks` entry (`dist/peaks`, `npm run build`) in a fresh Node process per',
    'run, 100 points a second, beside ffmpeg decoding the same file to 16-bit PCM (`-threads 1`, written to',
    '/dev/null) in the same run. Wall time is spawn to exit (Node\'s start-up included); peak RSS is the',
    'process\'s `VmHWM` (read from /proc while it runs, and for Node also its own `maxRSS`); CPU is user + system',
    'time as Node reports it. Median of 3 runs.',
    '',
    '| file | what | wall (s) | × real time | CPU (s) | peak RSS (MB) | wall vs ffmpeg |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const wall = median(row.runs.map((r) => r.wallSeconds));
    const ffmpeg = rows.find((r) => r.file === row.file && r.who.startsWith('ffmpeg'))!;
    const ffWall = median(ffmpeg.runs.map((r) => r.wallSeconds));
    const cpu = row.runs[0]!.cpuSeconds === null ? '–' : f(median(row.runs.map((r) => r.cpuSeconds!)));
    lines.push(`| ${row.file} (${f(row.megabytes, 1)} MB) | ${row.who} | ${f(wall)} | ${f(row.audioSeconds / wall, 0)}× | ${cpu} | ${f(median(row.runs.map((r) => r.maxRssMB)), 1)} | ${row === ffmpeg ? '1×' : `${f(wall / ffWall)}×`} |`);
  }
  lines.push(
    '',
    'Targets (issue 16): within 3× of ffmpeg\'s time, at least 300× real time on one core, RSS under 80 MB.',
    '',
  );
  const analysed = rows.filter((r) => r.runs[0]?.analyzeMs !== undefined);
  if (analysed.length) {
    lines.push(
      'The conversation figures of the same hour (issue 15): `analyzeConversation` of the JSON just computed (two',
      'channels, 100 points a second: 360,000 per channel), timed on its own inside the process above. Median of 3.',
      '',
      '| file | analyzeConversation (ms) |',
      '|---|---:|',
      ...analysed.map((r) => `| ${r.file} | ${f(median(r.runs.map((x) => x.analyzeMs!)), 0)} |`),
      '',
    );
  }
  return lines;
}

// Redacting a 60-minute stereo MP3: the built `redactRecording` (dist/peaks) in a fresh Node process,
// beside ffmpeg doing the same job the usual way (decode, silence the ranges with a volume filter,
// re-encode at the same rate), in the same run. Each output is then decoded by ffmpeg and checked:
// silent inside every range (one frame in from its edges), and for ours unchanged outside (one frame out).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, type Run } from './peaksBench';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Range { start: number; end: number; channel?: 'caller' | 'assistant' | 'both' }

export interface RedactRow {
  file: string;
  audioSeconds: number;
  megabytes: number;
  who: string;
  runs: Run[];
  check: { insidePeak: number; outsideWorst: number | null; snrDb: number | null };
}

/** Every 30 s a 4-second range of both sides, every 90 s a 2.5-second one of the caller's: 160 in an hour. */
const BOTH = { first: 10, every: 30, length: 4 };
const CALLER = { first: 25, every: 90, length: 2.5 };

function periodic(p: typeof BOTH, seconds: number, channel?: 'caller'): Range[] {
  const out: Range[] = [];
  for (let t = p.first; t + p.length + 1 < seconds; t += p.every) out.push({ start: t, end: t + p.length, ...(channel ? { channel } : {}) });
  return out;
}

const rangesFor = (seconds: number): Range[] => [...periodic(BOTH, seconds), ...periodic(CALLER, seconds, 'caller')];

/** The same ranges as an ffmpeg expression of t (a list of 120 between()s is too much for its parser). */
const expression = (p: typeof BOTH, ranges: Range[]) =>
  `lt(mod(t-${p.first},${p.every}),${p.length})*gte(t,${p.first})*lt(t,${Math.max(...ranges.map((r) => r.end))})`;

/** ffmpeg's 16-bit decoding of a file, as a stream of interleaved stereo samples. */
async function* pcm(file: string): AsyncGenerator<Int16Array> {
  const child = spawn('ffmpeg', ['-v', 'error', '-nostdin', '-i', file, '-f', 's16le', '-acodec', 'pcm_s16le', '-'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % 4);
    carry = bytes.subarray(whole);
    const copy = new Int16Array(whole / 2);
    copy.set(new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + whole)));
    yield copy;
  }
}

/** Sorted, merged sample spans. */
function spans(list: [number, number][]): [number, number][] {
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** A walk along sorted spans as the sample index only grows: is `n` in one? */
function cursor(list: [number, number][]) {
  let i = 0;
  return (n: number) => {
    while (i < list.length && list[i]![1] <= n) i++;
    return i < list.length && n >= list[i]![0];
  };
}

/** Both decodings side by side, sample by sample, without holding either. */
async function compare(original: string, redacted: string, rate: number, ranges: Range[], frameSeconds: number, checkInside: boolean) {
  const touches = (r: Range, ch: number) => ch === 0 || r.channel !== 'caller';
  const insideOf = [0, 1].map((ch) => cursor(spans(ranges.filter((r) => touches(r, ch)).map((r) => [Math.round((r.start + frameSeconds) * rate), Math.round((r.end - frameSeconds) * rate)]))));
  // Where the sides are coded together, a caller-only range takes the assistant's side of those frames
  // too (documented): the assistant's side is compared outside every range.
  const nearOf = [0, 1].map(() => cursor(spans(ranges.map((r) => [Math.round((r.start - frameSeconds) * rate), Math.round((r.end + frameSeconds) * rate)]))));
  let insidePeak = 0;
  let outsideWorst = 0;
  let signal = 0;
  let noise = 0;
  const a = pcm(original);
  const b = pcm(redacted);
  let bufA: Int16Array = new Int16Array(0);
  let bufB: Int16Array = new Int16Array(0);
  let at = 0; // stereo frame index of bufA[0]
  for (;;) {
    if (bufA.length < 2) { const n = await a.next(); if (n.done) break; bufA = join16(bufA, n.value); }
    if (bufB.length < 2) { const n = await b.next(); if (n.done) break; bufB = join16(bufB, n.value); }
    const count = Math.min(bufA.length, bufB.length) >> 1;
    for (let i = 0; i < count; i++) {
      const n = at + i;
      for (let ch = 0; ch < 2; ch++) {
        const x = bufA[2 * i + ch]!;
        const y = bufB[2 * i + ch]!;
        const inside = insideOf[ch]!(n);
        const near = nearOf[ch]!(n);
        if (inside) {
          if (checkInside) insidePeak = Math.max(insidePeak, Math.abs(y));
        } else if (!near) {
          const d = x - y;
          if (d > outsideWorst || -d > outsideWorst) outsideWorst = Math.abs(d);
          signal += x * x;
          noise += d * d;
        }
      }
    }
    bufA = bufA.subarray(count * 2);
    bufB = bufB.subarray(count * 2);
    at += count;
  }
  return { insidePeak, outsideWorst, snrDb: noise === 0 ? Infinity : 10 * Math.log10(signal / noise) };
}

function join16(a: Int16Array, b: Int16Array): Int16Array {
  if (!a.length) return b;
  const out = new Int16Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export async function runRedactBench(runs = 3): Promise<RedactRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'talkturo-redact-bench-'));
  try {
    const entry = here('../../dist/peaks/index.js');
    // Whole encodes of an hour (the 3-minute call looped), as a recorder writes them: frames repeated end
    // to end would break the bit reservoir at every seam, which no recorder does.
    const files = [
      { name: '60 min, stereo, 16 kHz, 32 kbps', path: join(dir, 'hour-16k.mp3'), rate: 16000, kbps: 32 },
      { name: '60 min, stereo, 44.1 kHz, 128 kbps', path: join(dir, 'hour-44k.mp3'), rate: 44100, kbps: 128 },
    ];
    for (const file of files) {
      execFileSync('ffmpeg', ['-v', 'error', '-nostdin', '-stream_loop', '19', '-i', here('../../src/adapter/fixtures/call-long.mp3'), '-t', '3600', '-ar', String(file.rate), '-c:a', 'libmp3lame', '-b:a', `${file.kbps}k`, file.path]);
    }

    const rows: RedactRow[] = [];
    for (const file of files) {
      const audioSeconds = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file.path]).toString());
      const megabytes = readFileSync(file.path).length / 1e6;
      const ranges = rangesFor(audioSeconds);
      const ours = join(dir, 'ours.mp3');
      const theirs = join(dir, 'ffmpeg.mp3');
      const frameSeconds = (file.rate >= 32000 ? 1152 : 576) / file.rate;
      // ffmpeg: both sides silenced over the full ranges, the left side alone over the caller-only ones.
      const both = expression(BOTH, ranges.filter((r) => r.channel !== 'caller'));
      const left = expression(CALLER, ranges.filter((r) => r.channel === 'caller'));
      const af = `volume=enable='${both}':volume=0,channelsplit=channel_layout=stereo[l][r];[l]volume=enable='${left}':volume=0[lq];[lq][r]amerge=inputs=2`;
      const peer = ['-v', 'error', '-nostdin', '-threads', '1', '-i', file.path, '-filter_complex', `[0:a]${af}`, '-ar', String(file.rate), '-c:a', 'libmp3lame', '-b:a', `${file.kbps}k`, '-y', theirs];
      const setups: [string, () => Promise<Run>, string][] = [
        ['ffmpeg: decode, volume filter, re-encode (libmp3lame)', () => measure('ffmpeg', peer), theirs],
        ...(['silence', 'beep'] as const).map((mode): [string, () => Promise<Run>, string] => [`redactRecording, ${mode}`, async () => {
          const run = await measure(process.execPath, [here('./redactChild.mjs'), entry, file.path, ours, JSON.stringify(ranges), mode]);
          const self = JSON.parse(run.stdout) as { cpuSeconds: number; maxRssMB: number };
          return { wallSeconds: run.wallSeconds, cpuSeconds: self.cpuSeconds, maxRssMB: Math.max(run.maxRssMB, self.maxRssMB) };
        }, ours]),
      ];
      for (const [who, once, output] of setups) {
        const results: Run[] = [];
        for (let r = 0; r < runs; r++) results.push(await once());
        // A beep is not silence: for it only the outside is checked.
        const beep = who.endsWith('beep');
        const checked = await compare(file.path, output, file.rate, ranges, frameSeconds, !beep);
        rows.push({ file: file.name, audioSeconds, megabytes, who, runs: results, check: { insidePeak: beep ? NaN : checked.insidePeak, outsideWorst: checked.outsideWorst, snrDb: checked.snrDb } });
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function redactMarkdown(rows: RedactRow[]): string[] {
  const f = (n: number, d = 2) => n.toFixed(d);
  const lines = [
    '## Redacting a 60-minute stereo MP3',
    '',
    'The built `redactRecording` (`dist/peaks`) in a fresh Node process per run — 160 ranges an hour (a',
    '4-second range of both sides every 30 s, a 2.5-second range of the caller\'s side every 90 s) — beside',
    'ffmpeg doing the same job by decoding, silencing with a volume filter and re-encoding with libmp3lame at',
    'the same bitrate (`-threads 1`), in the same run. Wall time is spawn to exit; peak RSS the process\'s',
    '`VmHWM`. Median of 3 runs. Each output is then decoded by ffmpeg and compared with the original\'s',
    'decoding: the loudest sample inside the ranges (one frame in from each edge; of 32,767), and outside',
    '(one frame out) the largest difference and the signal-to-difference ratio. The files are whole encodes',
    'of an hour (the 3-minute demo call looped, libmp3lame, joint stereo). Outside is compared away from every',
    'range on both sides: in joint-stereo frames a caller-only range takes the assistant\'s side too.',
    '',
    '| file | what | wall (s) | × real time | peak RSS (MB) | inside: loudest | outside: worst Δ | outside: SNR (dB) |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const wall = median(row.runs.map((r) => r.wallSeconds));
    const snr = row.check.snrDb === null ? '–' : Number.isFinite(row.check.snrDb) ? f(row.check.snrDb, 1) : '∞ (identical)';
    lines.push(`| ${row.file} (${f(row.megabytes, 1)} MB) | ${row.who} | ${f(wall)} | ${f(row.audioSeconds / wall, 0)}× | ${f(median(row.runs.map((r) => r.maxRssMB)), 1)} | ${Number.isNaN(row.check.insidePeak) ? 'beep' : row.check.insidePeak} | ${row.check.outsideWorst ?? '–'} | ${snr} |`);
  }
  lines.push('', 'Targets (issue 24): at least 50× real time, under 150 MB; inside silent (or the beep) to within one frame of the edges; outside unchanged (bit-identical frames, or ≥ 30 dB SNR if re-encoded).', '');
  return lines;
}

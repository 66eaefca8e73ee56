// @vitest-environment node
// redactRecording against ffmpeg's decoding of what it writes: inside each range (one frame in from its
// edges) the side is silent, or a 1 kHz beep; outside (one frame out) every sample is what it was. "Silent"
// and "what it was" allow ±8 of 32,767 (−72 dBFS): the decoder's synthesis filter spreads the last of a
// granule a little beyond it (±6 seen at 16 kHz), never anything audible.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeaksInputError, redactRecording, type RedactionRange } from '../../src/peaks';

const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-nostdin', ...args], { maxBuffer: 1 << 28 });
const SHORT = 'src/adapter/fixtures/call-short.mp3';
let dir = '';
let mpeg1Stereo = '';
let mpeg1Joint = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkturo-redact-'));
  // MPEG-1 at 44.1 kHz, as many platforms store calls: sides coded apart, and coded together.
  mpeg1Stereo = join(dir, 'stereo.mp3');
  mpeg1Joint = join(dir, 'joint.mp3');
  ffmpeg(['-i', SHORT, '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '96k', '-joint_stereo', '0', mpeg1Stereo]);
  ffmpeg(['-i', SHORT, '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '96k', mpeg1Joint]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Pcm { rate: number; left: Int16Array; right: Int16Array }

function decode(bytes: Uint8Array): Pcm {
  const file = join(dir, `decode-${Math.random().toString(36).slice(2)}.mp3`);
  writeFileSync(file, bytes);
  const rate = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=sample_rate', '-of', 'csv=p=0', file]).toString().trim());
  const raw = ffmpeg(['-i', file, '-f', 's16le', '-acodec', 'pcm_s16le', '-']);
  const all = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  return { rate, left: all.filter((_, i) => i % 2 === 0), right: all.filter((_, i) => i % 2 === 1) };
}

const LSB_TOLERANCE = 8;
const peak = (samples: Int16Array) => samples.reduce((most, v) => Math.max(most, Math.abs(v)), 0);

/** The same samples, to within the tolerance: the differences' peak, and their energy against the signal's. */
function expectSame(after: Int16Array, before: Int16Array, what: string) {
  expect(after.length, what).toBe(before.length);
  let worst = 0;
  for (let i = 0; i < after.length; i++) worst = Math.max(worst, Math.abs(after[i]! - before[i]!));
  expect(worst, what).toBeLessThanOrEqual(LSB_TOLERANCE);
}

const frameSeconds = (rate: number) => (rate >= 32000 ? 1152 : 576) / rate;
const side = (pcm: Pcm, channel: 0 | 1) => (channel === 0 ? pcm.left : pcm.right);
const span = (pcm: Pcm, samples: Int16Array, from: number, to: number) => samples.subarray(Math.max(0, Math.round(from * pcm.rate)), Math.round(to * pcm.rate));

/** Seconds of the recording that lie outside every range by more than one frame. */
function outside(ranges: readonly RedactionRange[], duration: number, frame: number): [number, number][] {
  const cuts = [...ranges].sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  let from = 0;
  for (const r of cuts) {
    if (r.start - frame > from) out.push([from, r.start - frame]);
    from = Math.max(from, r.end + frame);
  }
  if (from < duration) out.push([from, duration]);
  return out;
}

function expectRedacted(before: Pcm, after: Pcm, ranges: RedactionRange[], mode: 'silence' | 'beep', touched: (r: RedactionRange) => (0 | 1)[]) {
  const frame = frameSeconds(before.rate);
  expect(after.left.length).toBe(before.left.length);
  for (const range of ranges) {
    for (const ch of touched(range)) {
      const inside = span(after, side(after, ch), range.start + frame, range.end - frame);
      if (mode === 'silence') {
        expect(peak(inside), `range ${range.start}–${range.end} ch ${ch}`).toBeLessThanOrEqual(LSB_TOLERANCE);
      } else {
        // A steady 1 kHz tone: two zero crossings per millisecond, and nothing of the speech.
        let crossings = 0;
        for (let i = 1; i < inside.length; i++) if ((inside[i - 1]! < 0) !== (inside[i]! < 0)) crossings++;
        expect(crossings / (inside.length / before.rate)).toBeGreaterThan(1900);
        expect(crossings / (inside.length / before.rate)).toBeLessThan(2100);
      }
    }
  }
  const duration = before.left.length / before.rate;
  for (const ch of [0, 1] as const) {
    for (const [from, to] of outside(ranges.filter((r) => touched(r).includes(ch)), duration, frame)) {
      expectSame(span(after, side(after, ch), from, to), span(before, side(before, ch), from, to), `ch ${ch} ${from}–${to}`);
    }
  }
}

describe('redactRecording', () => {
  const ranges: RedactionRange[] = [{ start: 5, end: 8 }, { start: 9.1, end: 11.4 }, { start: 16.2, end: 18.4 }];

  it.each(['silence', 'beep'] as const)('MPEG-2 16 kHz joint stereo (the fixture), both sides: %s', async (mode) => {
    const source = new Uint8Array(readFileSync(SHORT));
    const out = await redactRecording(source, ranges, { mode });
    expect(out.length).toBe(source.length);
    // The source is not changed in place.
    expect(source).toEqual(new Uint8Array(readFileSync(SHORT)));
    expectRedacted(decode(source), decode(out), ranges, mode, () => [0, 1]);
  });

  it.each(['silence', 'beep'] as const)('MPEG-1 44.1 kHz with a LAME tag, sides coded apart: only the caller\'s side (%s)', async (mode) => {
    const source = readFileSync(mpeg1Stereo);
    const callerRanges = ranges.map((r) => ({ ...r, channel: 'caller' as const }));
    const out = await redactRecording(mpeg1Stereo, callerRanges, { mode });
    expectRedacted(decode(new Uint8Array(source)), decode(out), callerRanges, mode, () => [0]);
    // The assistant's side is untouched everywhere.
    expectSame(decode(out).right, decode(new Uint8Array(source)).right, 'the assistant');
  });

  it('a side alone where the sides are coded together: that side is silent; in those frames the other is too (the safe side)', async () => {
    const source = new Uint8Array(readFileSync(mpeg1Joint));
    const assistant = [{ start: 4, end: 9, channel: 'assistant' as const }];
    const before = decode(source);
    const after = decode(await redactRecording(source, assistant, { callerChannel: 0 }));
    // Outside the range both sides are as they were; inside, the assistant's side is silent.
    expectRedacted(before, after, assistant, 'silence', () => [1]);
    const frame = frameSeconds(before.rate);
    for (const [from, to] of outside(assistant, before.left.length / before.rate, frame)) {
      expectSame(span(after, after.left, from, to), span(before, before.left, from, to), `the caller ${from}–${to}`);
    }
    // Inside, each frame of the caller's side is either as it was or silent: never something else.
    const samples = Math.round(frame * before.rate);
    for (let at = Math.round((4 + frame) * before.rate); at + samples <= Math.round((9 - frame) * before.rate); at += samples) {
      const was = before.left.subarray(at, at + samples);
      const now = after.left.subarray(at, at + samples);
      let same = true;
      for (let i = 0; i < samples && same; i++) same = Math.abs(now[i]! - was[i]!) <= LSB_TOLERANCE;
      // A frame that straddles a silenced one may hold part of each.
      if (!same) expect(peak(now.subarray(samples / 2))).toBeLessThanOrEqual(peak(was) + LSB_TOLERANCE);
    }
  });

  it.each([16000, 44100])('a beep over a quiet stretch (%i Hz): the frames\' unused room holds it', async (rate) => {
    const quiet = join(dir, `quiet-${rate}.mp3`);
    ffmpeg(['-f', 'lavfi', '-i', `anullsrc=r=${rate}:cl=stereo`, '-t', '6', '-c:a', 'libmp3lame', '-b:a', rate > 32000 ? '96k' : '32k', quiet]);
    const source = new Uint8Array(readFileSync(quiet));
    const range = [{ start: 2, end: 3.5 }];
    expectRedacted(decode(source), decode(await redactRecording(source, range, { mode: 'beep' })), range, 'beep', () => [0, 1]);
  });

  it('refuses what is not an MP3 and ranges that are not ranges, with a clear error', async () => {
    await expect(redactRecording(new TextEncoder().encode('not audio at all'), [])).rejects.toThrow(PeaksInputError);
    await expect(redactRecording(SHORT, [{ start: 5, end: 2 }])).rejects.toThrow(/ranges\[0\] must have 0 ≤ start ≤ end/);
    await expect(redactRecording(SHORT, [{ start: 1, end: 2, channel: 'left' as never }])).rejects.toThrow(/ranges\[0\]\.channel/);
    // No ranges, or ranges past the end: the same bytes.
    expect(await redactRecording(SHORT, [{ start: 500, end: 600 }])).toEqual(new Uint8Array(readFileSync(SHORT)));
  });
});

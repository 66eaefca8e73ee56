// @vitest-environment node
// The server-side peaks against a reference computed here, independently, from ffmpeg's decoding:
// ffmpeg's 16-bit PCM, min/max per run of samples, audiowaveform's 8-bit rule. Every value must be
// within one quantization step.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeaks, computePeaksJson, PeaksInputError, type ComputePeaksOptions } from '../../src/peaks/index';
import { createFrameDecoder } from '../../src/audio/frameDecoder';
import { FrameSplitter } from '../../src/player/stream/mp3';
import { readPeaks } from '../../src/adapter/peaks';

const STEREO = 'src/adapter/fixtures/call-short.mp3'; // MPEG-2, 16 kHz, joint stereo, with a LAME tag
let dir: string;
let mono: string;
let stereo44: string;

const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-nostdin', ...args], { maxBuffer: 1 << 28 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkturo-peaks-'));
  mono = join(dir, 'mono.mp3');
  stereo44 = join(dir, 'stereo44.mp3');
  // Made here from the fixture: a mono MP3, and an MPEG-1 (44.1 kHz) stereo one, with a different encoder.
  ffmpeg(['-i', STEREO, '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '32k', mono]);
  ffmpeg(['-i', STEREO, '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '96k', stereo44]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Reference {
  channels: number;
  samplesPerPixel: number;
  data: number[];
}

/** audiowaveform's numbers from ffmpeg's 16-bit decoding of `file`. */
function reference(file: string, inputChannels: 1 | 2, options: { samplesPerPixel: number; bits: 8 | 16; channels: 1 | 2 }): Reference {
  const bytes = ffmpeg(['-i', file, '-f', 's16le', '-acodec', 'pcm_s16le', '-']);
  const pcm = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const frames = pcm.length / inputChannels;
  const out = Math.min(inputChannels, options.channels);
  const sample = (i: number, c: number) =>
    out === 1 && inputChannels === 2 ? Math.trunc((pcm[i * 2]! + pcm[i * 2 + 1]!) / 2) : pcm[i * inputChannels + c]!;
  const spp = options.samplesPerPixel;
  const data: number[] = [];
  const scale = (v: number) => (options.bits === 8 ? Math.trunc(v / 256) : v);
  for (let p = 0; p * spp < frames; p++) {
    for (let c = 0; c < out; c++) {
      let min = 32767;
      let max = -32768;
      for (let i = p * spp; i < Math.min(frames, (p + 1) * spp); i++) {
        min = Math.min(min, sample(i, c));
        max = Math.max(max, sample(i, c));
      }
      data.push(scale(min), scale(max));
    }
  }
  return { channels: out, samplesPerPixel: spp, data };
}

function expectWithinOneStep(actual: number[], expected: number[]) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThanOrEqual(1);
  // Not vacuous: there is speech in there.
  expect(Math.max(...expected.map(Math.abs))).toBeGreaterThan(expected.length ? 10 : 0);
}

describe('computePeaks against ffmpeg', () => {
  const cases: [string, () => string, 1 | 2, ComputePeaksOptions & { bits: 8 | 16 }, number][] = [
    ['stereo 16-bit, 100 points a second', () => STEREO, 2, { bits: 16, pixelsPerSecond: 100 }, 160],
    ['stereo 8-bit, 50 points a second', () => STEREO, 2, { bits: 8, pixelsPerSecond: 50 }, 320],
    ['stereo mixed to one channel, 16-bit', () => STEREO, 2, { bits: 16, channels: 1, samplesPerPixel: 256 }, 256],
    ['mono 16-bit', () => mono, 1, { bits: 16, samplesPerPixel: 512 }, 512],
    ['mono 8-bit', () => mono, 1, { bits: 8, pixelsPerSecond: 20 }, 800],
    ['MPEG-1 44.1 kHz stereo, 8-bit', () => stereo44, 2, { bits: 8, pixelsPerSecond: 100 }, 441],
  ];
  it.each(cases)('%s', async (_name, file, inputChannels, options, spp) => {
    const peaks = await computePeaks(file(), options);
    const expected = reference(file(), inputChannels, { samplesPerPixel: spp, bits: options.bits, channels: options.channels ?? 2 });
    expect(peaks).toMatchObject({ version: 2, bits: options.bits, channels: expected.channels, samples_per_pixel: spp });
    expect(peaks.length).toBe(expected.data.length / (2 * expected.channels));
    expectWithinOneStep(peaks.data, expected.data);
    // And the player reads what it wrote.
    expect(readPeaks(peaks)).toHaveLength(expected.channels);
  });
});

describe('computePeaks sources', () => {
  const bytes = () => new Uint8Array(readFileSync(STEREO));
  const chunked = (size: number) => {
    const all = bytes();
    return Array.from({ length: Math.ceil(all.length / size) }, (_, i) => all.slice(i * size, (i + 1) * size));
  };
  const sources: [string, () => Parameters<typeof computePeaks>[0]][] = [
    ['a file: URL', () => pathToFileURL(STEREO)],
    ['a Buffer', () => readFileSync(STEREO)],
    ['an ArrayBuffer', () => bytes().buffer],
    ['a Node stream of 997-byte chunks', () => Readable.from(chunked(997))],
    ['a web ReadableStream', () => new Blob([bytes()]).stream()],
    ['a Blob', () => new Blob([bytes()])],
    ['an async generator of 1-frame-ish chunks', () => (async function* () { yield* chunked(80); })()],
    ['a reader-only stream', () => { const s = new Blob([bytes()]).stream(); return { getReader: () => s.getReader() }; }],
  ];
  it.each(sources)('reads %s the same as the file', async (_name, source) => {
    const fromFile = await computePeaks(STEREO, { bits: 8 });
    expect(await computePeaks(source(), { bits: 8 })).toEqual(fromFile);
  });

  it('skips an ID3v2 tag in front of the audio', async () => {
    const tag = new Uint8Array(10 + 300);
    tag.set([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 2, 44]); // "ID3", v2.3, size 300 (syncsafe)
    tag.fill(0xff, 20, 40); // sync-like bytes inside the tag must not count as frames
    const tagged = new Uint8Array(tag.length + bytes().length);
    tagged.set(tag);
    tagged.set(bytes(), tag.length);
    expect(await computePeaks(tagged)).toEqual(await computePeaks(STEREO));
  });

  it('reads to the last frame before an ID3v1 tag at the end', async () => {
    const v1 = new Uint8Array(128);
    v1.set([0x54, 0x41, 0x47]); // "TAG"
    const tagged = new Uint8Array(bytes().length + v1.length);
    tagged.set(bytes());
    tagged.set(v1, bytes().length);
    expect(await computePeaks(tagged)).toEqual(await computePeaks(STEREO));
  });

  it('says what is wrong with input that is not an MP3, and with bad options', async () => {
    await expect(computePeaks(new TextEncoder().encode('<html>not audio</html>'.repeat(200)))).rejects.toThrow(PeaksInputError);
    await expect(computePeaks(new Uint8Array(0))).rejects.toThrow(/no MP3 audio frames/);
    await expect(computePeaks(Readable.from(['text', 'chunks']))).rejects.toThrow(/bytes .* not text/);
    await expect(computePeaks(42 as never)).rejects.toThrow(/file path, bytes/);
    await expect(computePeaks(join(dir, 'missing.mp3'))).rejects.toThrow(/ENOENT/);
    await expect(computePeaks(STEREO, { bits: 12 as 8 })).rejects.toThrow(/bits must be 8 or 16/);
    await expect(computePeaks(STEREO, { pixelsPerSecond: 10_000 })).rejects.toThrow(/more than half the sample rate/);
    await expect(computePeaks(STEREO, { samplesPerPixel: 1 })).rejects.toThrow(/samplesPerPixel/);
    await expect(computePeaks(STEREO, { channels: 3 as 2 })).rejects.toThrow(/channels must be 1 or 2/);
    await expect(computePeaks(STEREO, { maxLength: 0 })).rejects.toThrow(/maxLength/);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('job cancelled'));
    await expect(computePeaks(Readable.from([bytes()]), { signal: controller.signal })).rejects.toThrow('job cancelled');
  });
});

describe('computePeaks output', () => {
  it('merges neighbours by a whole factor down to maxLength', async () => {
    const full = await computePeaks(STEREO, { samplesPerPixel: 160 });
    const merged = await computePeaks(STEREO, { samplesPerPixel: 160, maxLength: 500 });
    const factor = Math.ceil(full.length / 500);
    expect(merged.samples_per_pixel).toBe(160 * factor);
    expect(merged.length).toBe(Math.ceil(full.length / factor));
    expect(merged.length).toBeLessThanOrEqual(500);
    for (const p of [0, 100, merged.length - 1]) {
      for (const c of [0, 1]) {
        const group = Array.from({ length: factor }, (_, k) => p * factor + k).filter((q) => q < full.length);
        expect(merged.data[(p * 2 + c) * 2]).toBe(Math.min(...group.map((q) => full.data[(q * 2 + c) * 2]!)));
        expect(merged.data[(p * 2 + c) * 2 + 1]).toBe(Math.max(...group.map((q) => full.data[(q * 2 + c) * 2 + 1]!)));
      }
    }
  });

  it.each([
    [{ bits: 16 }, 4],
    [{ bits: 8, maxLength: 333 }, 2],
    [{ bits: 8, channels: 1 }, 3],
  ] as [ComputePeaksOptions, number][])('computePeaksJson writes exactly JSON.stringify(computePeaks()) for %j, in pieces', async (options, atLeast) => {
    const long = 'src/adapter/fixtures/call-long.mp3';
    const pieces = [...(await computePeaksJson(long, options))];
    expect(pieces.length).toBeGreaterThanOrEqual(atLeast);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(JSON.stringify(await computePeaks(long, options)));
  });

  it('the decoder is pinned to the version whose internals the in-place read was written for', () => {
    // frameDecoder.ts reads mpg123-decoder's private buffers (_common, _input, _output): a range would let
    // another version in unseen. Bumping the pin means this file's next test must pass again.
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies['mpg123-decoder'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(readFileSync('node_modules/mpg123-decoder/package.json', 'utf8')).version).toBe(pinned);
  });

  it('decodes the same samples reading the decoder in place as through its public call', async () => {
    const frames = new FrameSplitter().push(new Uint8Array(readFileSync(STEREO)), true).map((f) => f.data);
    const collect = async (inPlace: boolean) => {
      const left: number[] = [];
      const right: number[] = [];
      const decoder = await createFrameDecoder((planes, n) => {
        for (let i = 0; i < n; i++) left.push(planes[0]![i]!), right.push(planes[1]![i]!);
      }, { inPlace });
      expect(decoder.inPlace).toBe(inPlace);
      for (let i = 0; i < frames.length; i += 37) decoder.decode(frames.slice(i, i + 37));
      decoder.free();
      return { left, right };
    };
    const fast = await collect(true);
    const plain = await collect(false);
    expect(fast.left.length).toBeGreaterThan(300_000);
    expect(fast.left).toEqual(plain.left);
    expect(fast.right).toEqual(plain.right);
  });

  it('writes a file the way the JSON says, readable by the player', async () => {
    const path = join(dir, 'out.json');
    writeFileSync(path, JSON.stringify(await computePeaks(STEREO, { bits: 8, pixelsPerSecond: 50 })));
    const channels = readPeaks(JSON.parse(readFileSync(path, 'utf8')));
    expect(channels).toHaveLength(2);
    expect(Math.max(...channels[0]!)).toBeGreaterThan(0.05);
    expect(Math.min(...channels[1]!)).toBeLessThan(-0.05);
  });
});

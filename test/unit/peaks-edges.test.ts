// @vitest-environment node
// The server-side peaks, redaction and CLI at their edges: the points as audio arrives (the open last
// point, a block boundary, two sides mixed to one), options exactly at their limits, ranges a caller
// can get wrong, MP3 framing from synthetic frames, and the CLI's short options and exit codes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeaks, PeaksInputError, redactRecording } from '../../src/peaks/index';
import { PixelPeaks } from '../../src/peaks/pixels';
import { mp3Frames } from '../../src/peaks/mp3Frames';
import { runCli } from '../../src/peaks/runCli';
import { createPeaksHandler, PeaksHandlerError } from '../../src/peaks/s3';

const SHORT = 'src/adapter/fixtures/call-short.mp3'; // MPEG-2, 16 kHz
let dir: string;
let apart: string; // MPEG-1 44.1 kHz stereo, the sides coded apart
let protectedFile: string; // every frame with a CRC (lame -p)
const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-nostdin', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'talkturo-peaks-edges-'));
  apart = join(dir, 'apart.mp3');
  ffmpeg(['-i', SHORT, '-t', '6', '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '96k', '-joint_stereo', '0', apart]);
  ffmpeg(['-i', SHORT, '-t', '6', join(dir, 'six.wav')]);
  for (const [name, rate] of [['mono16', '16000'], ['mono44', '44100']] as const) ffmpeg(['-i', SHORT, '-t', '6', '-ac', '1', '-ar', rate, '-c:a', 'libmp3lame', '-b:a', '48k', join(dir, `${name}.mp3`)]);
  protectedFile = join(dir, 'protected.mp3');
  execFileSync('lame', ['--quiet', '-p', '-b', '32', join(dir, 'six.wav'), protectedFile]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const i16 = (v: number) => Math.max(-32768, Math.min(32767, Math.round(v * 32768)));

describe('points as audio arrives', () => {
  it('keeps min and max per run of samples, the last point open until it fills, each side its own', () => {
    const peaks = new PixelPeaks(4, 2);
    const left = Float32Array.from([0.5, -0.25, 0, 0, 0.75, -1]);
    const right = Float32Array.from([0.1, 0.2, 0.3, 0.4, -0.5, 0]);
    peaks.add([left, right], 6);
    expect(peaks.length).toBe(2);
    expect([peaks.min(0, 0), peaks.max(0, 0), peaks.min(0, 1), peaks.max(0, 1)]).toEqual([i16(-0.25), i16(0.5), i16(-1), i16(0.75)]);
    expect([peaks.min(1, 0), peaks.max(1, 0), peaks.min(1, 1), peaks.max(1, 1)]).toEqual([i16(0.1), i16(0.4), i16(-0.5), i16(0)]);
    // Folding over the open last point reads it as it stands.
    const both = [-32768, 32767];
    peaks.fold(0, 0, 2, both, 0);
    expect(both).toEqual([i16(0.75), i16(-1)]);
    const lastOnly = [-32768, 32767];
    peaks.fold(1, 1, 2, lastOnly, 0);
    expect(lastOnly).toEqual([i16(0), i16(-0.5)]);
    const firstOnly = [-32768, 32767];
    peaks.fold(1, 0, 1, firstOnly, 0);
    expect(firstOnly).toEqual([i16(0.4), i16(0.1)]);
    // Two more samples close it.
    peaks.add([Float32Array.from([0.9, 0]), Float32Array.from([0, -0.9])], 2);
    expect(peaks.length).toBe(2);
    expect([peaks.max(0, 1), peaks.min(1, 1)]).toEqual([i16(0.9), i16(-0.9)]);
    const closed = [-32768, 32767];
    peaks.fold(0, 1, 2, closed, 0);
    expect(closed).toEqual([i16(0.9), i16(-1)]);
  });

  it('takes nothing from an empty call and averages two sides into one where asked, batch after batch', () => {
    const mixed = new PixelPeaks(2, 1, 2);
    mixed.add([], 4);
    mixed.add([Float32Array.from([1])], 0);
    expect(mixed.length).toBe(0);
    mixed.add([Float32Array.from([0.5, 0.5, -0.5, 0]), Float32Array.from([0.25, -0.5, -0.5, 0])], 4);
    mixed.add([Float32Array.from([0.2, 0.2]), Float32Array.from([0.4, 0])], 2); // a shorter batch after a longer one
    expect([0, 1, 2].map((p) => [mixed.min(0, p), mixed.max(0, p)])).toEqual([[i16(0), i16(0.375)], [i16(-0.5), i16(0)], [i16(0.1), i16(0.3)]]);
    // A mono file shown as one side, and one side of a stereo file as two.
    const mono = new PixelPeaks(2, 1);
    mono.add([Float32Array.from([0.5, -0.5])], 2);
    expect([mono.min(0, 0), mono.max(0, 0)]).toEqual([i16(-0.5), i16(0.5)]);
  });

  it('reads points past a block of 65,536, and folds across the boundary', () => {
    const peaks = new PixelPeaks(2, 1);
    const samples = new Float32Array(2 * 70_000).map((_, i) => ((i % 1000) - 500) / 1000);
    peaks.add([samples], samples.length);
    expect(peaks.length).toBe(70_000);
    for (const p of [65_535, 65_536, 69_999]) {
      expect([peaks.min(0, p), peaks.max(0, p)]).toEqual([i16(samples[p * 2]!), i16(samples[p * 2 + 1]!)]);
    }
    const across = [-32768, 32767];
    peaks.fold(0, 65_530, 65_540, across, 0);
    const slice = samples.subarray(65_530 * 2, 65_540 * 2);
    expect(across).toEqual([i16(Math.max(...slice)), i16(Math.min(...slice))]);
  });
});

describe('options exactly at their limits', () => {
  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, '100'])('refuses %s points a second', async (pps) => {
    await expect(computePeaks(SHORT, { pixelsPerSecond: pps as number })).rejects.toThrow(/pixelsPerSecond must be a number above 0/);
  });

  it('takes two samples a point (half the sample rate), a length of one, and refuses less or a fraction', async () => {
    expect((await computePeaks(SHORT, { pixelsPerSecond: 8000 })).samples_per_pixel).toBe(2);
    await expect(computePeaks(SHORT, { pixelsPerSecond: 8001 })).rejects.toThrow(/more than half the sample rate/);
    expect((await computePeaks(SHORT, { samplesPerPixel: 2, maxLength: 1 })).length).toBe(1);
    await expect(computePeaks(SHORT, { samplesPerPixel: 2.5 })).rejects.toThrow(/samplesPerPixel must be a whole number/);
    await expect(computePeaks(SHORT, { maxLength: 1.5 })).rejects.toThrow(/maxLength must be a whole number/);
  });

  it('merges only when there are more points than the length asked for', async () => {
    const full = await computePeaks(SHORT, { pixelsPerSecond: 10 });
    const exact = await computePeaks(SHORT, { pixelsPerSecond: 10, maxLength: full.length });
    expect(exact).toEqual(full);
  });
});

describe('ranges a caller can get wrong', () => {
  it.each([
    [[{ start: Number.NaN, end: 1 }], /ranges\[0\] must have 0 ≤ start ≤ end/],
    [[{ start: 0, end: Number.POSITIVE_INFINITY }], /ranges\[0\] must have 0 ≤ start ≤ end/],
    [[{ start: -1, end: 1 }], /ranges\[0\] must have 0 ≤ start ≤ end/],
    [[{ start: 0, end: 1 }, { start: 3, end: 2 }], /ranges\[1\] must have 0 ≤ start ≤ end, in seconds \(got 3–2\)/],
    [[{ start: 0, end: 1, channel: 'left' }], /ranges\[0\]\.channel must be "caller", "assistant" or "both" \(got left\)/],
  ])('%j is refused, and says which', async (ranges, message) => {
    const error = await redactRecording(SHORT, ranges as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeaksInputError);
    expect((error as Error).message).toMatch(message);
  });

  it('takes a range from 0 and an empty range, and refuses a file with no frames', async () => {
    const original = new Uint8Array(readFileSync(SHORT));
    expect(await redactRecording(SHORT, [{ start: 4, end: 4 }])).toEqual(original);
    expect(await redactRecording(SHORT, [{ start: 0, end: 2 }])).not.toEqual(original);
    await expect(redactRecording(new Uint8Array(5000), [])).rejects.toThrow(/no MP3 \(MPEG audio Layer III\) frames found/);
  });

  it.each(['silence', 'beep'] as const)('keeps every frame\'s CRC right in a file that carries them (%s)', async (mode) => {
    const original = new Uint8Array(readFileSync(protectedFile));
    expect(original[1]! & 1).toBe(0); // protected: the header says a CRC follows
    const redacted = await redactRecording(protectedFile, [{ start: 1, end: 3 }, { start: 4, end: 4.5, channel: 'caller' }], { mode });
    expect(redacted).not.toEqual(original);
    const out = join(dir, `protected-${mode}.mp3`);
    writeFileSync(out, redacted);
    // ffmpeg checking every CRC, stopping at the first that does not match.
    expect(() => ffmpeg(['-err_detect', 'crccheck+explode', '-xerror', '-i', out, '-f', 'null', '-'])).not.toThrow();
  });

  it.each(['mono16', 'mono44'])('silences a range of a mono file (%s) and leaves the rest as it was', async (name) => {
    const file = join(dir, `${name}.mp3`);
    const out = join(dir, `${name}-redacted.mp3`);
    writeFileSync(out, await redactRecording(file, [{ start: 2, end: 4 }]));
    const pcm = (path: string) => {
      const raw = ffmpeg(['-i', path, '-ac', '1', '-ar', '16000', '-f', 's16le', '-']);
      return new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
    };
    const [before, after] = [pcm(file), pcm(out)];
    const loudest = (a: Int16Array, from: number, to: number) => Math.max(...a.subarray(from * 16000, to * 16000).map(Math.abs));
    expect(loudest(before, 2.1, 3.9)).toBeGreaterThan(1000); // speech was there
    expect(loudest(after, 2.1, 3.9)).toBeLessThanOrEqual(8);
    const worst = (from: number, to: number) => Math.max(...before.subarray(from * 16000, to * 16000).map((v, i) => Math.abs(v - after[from * 16000 + i]!)));
    expect(worst(0, 1.9)).toBeLessThanOrEqual(8);
    expect(worst(4.1, 5.9)).toBeLessThanOrEqual(8);
  });

  it('finds the assistant on the left where the caller is on the right', async () => {
    const range = { start: 1, end: 3 };
    const assistantLeft = await redactRecording(apart, [{ ...range, channel: 'assistant' }], { callerChannel: 1 });
    expect(assistantLeft).toEqual(await redactRecording(apart, [{ ...range, channel: 'caller' }]));
    expect(assistantLeft).not.toEqual(await redactRecording(apart, [{ ...range, channel: 'caller' }], { callerChannel: 1 }));
  });
});

describe('MP3 frames of a whole file', () => {
  const frame = (header = [0xff, 0xf3, 0x48, 0x64], length = 144) => {
    const bytes = new Uint8Array(length);
    bytes.set(header);
    return bytes;
  };
  const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  const offsets = (bytes: Uint8Array) => [...mp3Frames(bytes)].map((f) => f.data.byteOffset - bytes.byteOffset);

  it.each([
    ['frames back to back', join(frame(), frame(), frame()), [0, 144, 288]],
    ['after a tag whose bytes look like frames', join([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 2, 42], frame(), frame(), new Uint8Array(10), frame(), frame()), [308, 452]],
    ['garbage first, and a header nothing confirms', join([1, 2, 3], [0xff, 0xf3, 0x48, 0x64], new Uint8Array(20), frame(), frame()), [27, 171]],
    ['a frame of another sample rate in between', join(frame(), frame([0xff, 0xfb, 0x90, 0x44], 417), frame(), frame()), [0, 561, 705]],
    ['a last frame cut short', join(frame(), frame().subarray(0, 100)), [0]],
    ['a header exactly at the end', join(frame(), [0xff, 0xf3, 0x48, 0x64]), [0]],
    ['four stray bytes at the end', join(frame(), frame(), [1, 2, 3, 4]), [0]],
    ['three stray bytes at the end', join(frame(), frame(), [1, 2, 3]), [0, 144]],
    ['an ID3v1 tag at the end', join(frame(), frame(), [0x54, 0x41, 0x47], new Uint8Array(125)), [0, 144]],
  ])('%s', (_name, bytes, expected) => {
    expect(offsets(bytes)).toEqual(expected);
  });
});

describe('talkturo-peaks at its edges', () => {
  async function run(args: string[]) {
    const out: Uint8Array[] = [];
    let err = '';
    const code = await runCli(args, {
      stdin: (async function* () {})(),
      stdout: { write: (bytes, done) => (out.push(bytes), done()) },
      stderr: { write: (text) => (err += text) },
    });
    return { code, stdout: Buffer.concat(out), stderr: err };
  }

  it('reads the short options as the long ones', async () => {
    const short = await run([SHORT, '-b', '8', '-p', '20', '-c', '1', '-m', '100']);
    expect(short.code).toBe(0);
    expect(JSON.parse(short.stdout.toString('utf8'))).toEqual(await computePeaks(SHORT, { bits: 8, pixelsPerSecond: 20, channels: 1, maxLength: 100 }));
    const zoom = await run([SHORT, '-z', '800']);
    expect(JSON.parse(zoom.stdout.toString('utf8')).samples_per_pixel).toBe(800);
  });

  it.each([
    [['--bits', ' '], 2, /--bits takes a number, got " "/],
    [['--pps', '0'], 2, /pixelsPerSecond must be a number above 0/],
    [['--redact', '5-8x'], 2, /"5-8x" is not start-end/],
    [['--redact', '5-8:callers'], 2, /is not start-end/],
    [['--redact', '5-8,a5-6'], 2, /"a5-6" is not start-end/],
  ])('%j: exit %i, says why', async (args, code, message) => {
    const result = await run([SHORT, ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it('reads inline ranges with spaces, and ranges from a file (named with digits, or holding { ranges })', async () => {
    const expected = await redactRecording(SHORT, [{ start: 5, end: 8, channel: 'caller' }]);
    expect(new Uint8Array((await run([SHORT, '--redact', ' 5 - 8 : caller '])).stdout)).toEqual(expected);
    const file = join(dir, 'ranges-2026.json');
    writeFileSync(file, JSON.stringify({ ranges: [{ start: 5, end: 8, channel: 'caller' }] }));
    expect(new Uint8Array((await run([SHORT, '--redact', file])).stdout)).toEqual(expected);
    writeFileSync(file, JSON.stringify({ start: 5 }));
    const none = await run([SHORT, '--redact', file]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/holds no list of ranges/);
  });

  it('exits 1 for input that is not an MP3, peaks or redaction alike', async () => {
    const text = join(dir, 'page.html');
    writeFileSync(text, '<html>not audio</html>'.repeat(100));
    for (const args of [[text], [text, '--redact', '1-2']]) {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/MP3/);
    }
  });
});

describe('the S3 handler at its edges (a scripted S3 client)', () => {
  const MP3 = new Uint8Array(readFileSync(SHORT));
  /** S3 as the handler sees it: objects by key; a missing one is NoSuchKey; `refuse` answers AccessDenied. */
  function storage(objects: Record<string, Uint8Array | null>, refuse: string[] = []) {
    const puts: Record<string, { body: Uint8Array; type: string }> = {};
    const client = {
      send: async (command: { constructor: { name: string }; input: { Key: string; Body?: Uint8Array; ContentType?: string } }) => {
        const { Key, Body, ContentType } = command.input;
        if (command.constructor.name === 'PutObjectCommand') {
          puts[Key] = { body: Body!, type: ContentType! };
          return {};
        }
        if (refuse.includes(Key)) throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied' });
        if (!(Key in objects)) throw Object.assign(new Error('The specified key does not exist.'), { name: 'NoSuchKey' });
        const body = objects[Key];
        return { Body: body === null ? undefined : (async function* () { yield body; })() };
      },
    };
    return { client: client as never, puts };
  }
  const upload = (key: string, bucket: string | undefined = 'b', eventName: string | undefined = 'ObjectCreated:Put') =>
    ({ ...(eventName ? { eventName } : {}), s3: { ...(bucket ? { bucket: { name: bucket } } : {}), object: { key } } });

  it('skips records without a bucket, a key or an event name, and an event without records', async () => {
    const handler = createPeaksHandler(storage({}));
    expect(await handler({})).toEqual({ written: [], redacted: [], skipped: [] });
    const result = await handler({ Records: [upload('a.mp3', ''), upload('', 'b'), upload('a.mp3', 'b', '')] });
    expect(result.skipped).toEqual([
      { bucket: '', key: 'a.mp3', reason: 'no bucket or key in the record' },
      { bucket: 'b', key: '', reason: 'no bucket or key in the record' },
      { bucket: 'b', key: 'a.mp3', reason: 'not an upload (no event name)' },
    ]);
  });

  it('writes peaks as JSON and the redacted copy as audio/mpeg, and never redacts the redacted copy', async () => {
    const s3 = storage({ 'a.mp3': MP3 });
    const handler = createPeaksHandler({ client: s3.client, redactionsFor: async () => ({ ranges: [{ start: 1, end: 2 }] }) });
    const first = await handler({ Records: [upload('a.mp3')] });
    expect(first.redacted.map((r) => r.redactedKey)).toEqual(['a.mp3.redacted.mp3']);
    expect(s3.puts['a.mp3.peaks.json']?.type).toBe('application/json');
    expect(s3.puts['a.mp3.redacted.mp3']?.type).toBe('audio/mpeg');
    const copy = storage({ 'a.mp3.redacted.mp3': s3.puts['a.mp3.redacted.mp3']!.body });
    const second = await createPeaksHandler({ client: copy.client, redactionsFor: async () => ({ ranges: [{ start: 1, end: 2 }] }) })({ Records: [upload('a.mp3.redacted.mp3')] });
    expect(second.written.map((w) => w.peaksKey)).toEqual(['a.mp3.redacted.mp3.peaks.json']);
    expect(second.redacted).toEqual([]);
    // With the host's own lookup, a redactions file is just another object.
    const own = await createPeaksHandler({ client: s3.client, redactionsFor: async () => null })({ Records: [upload('a.mp3.redactions.json')] });
    expect(own.skipped.map((s) => s.reason)).toEqual(['not a recording']);
  });

  it('does not take its own peaks for a recording, where a host calls every object one', async () => {
    const s3 = storage({ 'peaks/a.mp3': MP3 });
    const handler = createPeaksHandler({ client: s3.client, isRecording: () => true, peaksKey: (key) => `peaks/${key.replace(/^peaks\//, '')}` });
    expect((await handler({ Records: [upload('peaks/a.mp3')] })).skipped.map((s) => s.reason)).toEqual(['not a recording']);
  });

  it('reports what it could not do, with S3\'s words, after doing the rest', async () => {
    const s3 = storage({ 'a.mp3': MP3, 'empty.mp3': null, 'a.mp3.redactions.json': new TextEncoder().encode('{"mode":"beep"}'), 'c.mp3.redactions.json': new TextEncoder().encode('[]') }, ['c.mp3']);
    const handler = createPeaksHandler({ client: s3.client });
    const error = await handler({ Records: [upload('a.mp3'), upload('empty.mp3'), upload('c.mp3.redactions.json'), upload('d.mp3')] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeaksHandlerError);
    const failure = error as PeaksHandlerError;
    expect(failure.name).toBe('PeaksHandlerError');
    expect(failure.failures.map((f) => [f.key, (f.error as Error).message])).toEqual([
      ['a.mp3', 'a.mp3.redactions.json holds no list of ranges'],
      ['empty.mp3', 'the object has no body'],
      ['c.mp3', 'Access Denied'], // the recording its redactions name could not be read
      ['d.mp3', 'The specified key does not exist.'],
    ]);
    expect(failure.message).toContain('s3://b/empty.mp3 (the object has no body)');
    expect(failure.result.written.map((w) => w.key)).toEqual(['a.mp3']);
  });

  it('says a failure that is not an Error as it was thrown, and a refused redactions file is a failure, not "none"', async () => {
    const thrown = createPeaksHandler({ client: storage({ 'a.mp3': MP3 }).client, redactionsFor: () => Promise.reject('lookup service down') });
    const error = (await thrown({ Records: [upload('a.mp3')] }).catch((e: unknown) => e)) as PeaksHandlerError;
    expect(error.message).toBe('Peaks failed for s3://b/a.mp3 (lookup service down)');
    const refused = createPeaksHandler({ client: storage({ 'a.mp3': MP3 }, ['a.mp3.redactions.json']).client });
    const denied = (await refused({ Records: [upload('a.mp3')] }).catch((e: unknown) => e)) as PeaksHandlerError;
    expect(denied.failures.map((f) => (f.error as Error).name)).toEqual(['AccessDenied']);
  });
});

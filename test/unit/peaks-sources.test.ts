// @vitest-environment node
// Everything a server may hold an MP3 in, read as byte chunks, and a clear error for what is not bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { chunksOf, PeaksInputError, type ByteReaderSource } from '../../src/peaks/sources';
import { int16To8, toInt16 } from '../../src/peaks/quantize';

const dir = mkdtempSync(join(tmpdir(), 'talkturo-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BYTES = Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 1, 2, 3]);

const all = async (source: Parameters<typeof chunksOf>[0]) => {
  const parts: number[] = [];
  for await (const chunk of chunksOf(source)) parts.push(...chunk);
  return parts;
};

describe('where an MP3 comes from', () => {
  const path = join(dir, 'call.mp3');
  writeFileSync(path, BYTES);

  it.each([
    ['a file path', () => path],
    ['a file: URL', () => pathToFileURL(path)],
    ['bytes', () => BYTES],
    ['a Buffer', () => Buffer.from(BYTES)],
    ['an ArrayBuffer', () => BYTES.slice().buffer],
    ['a Node stream', () => Readable.from([BYTES.subarray(0, 3), BYTES.subarray(3)])],
    ['an S3 body (an async iterable)', () => ({ async *[Symbol.asyncIterator]() { yield BYTES.subarray(0, 2); yield BYTES.subarray(2); } })],
    ['a web ReadableStream', () => new Blob([BYTES]).stream()],
    ['a Blob', () => new Blob([BYTES.subarray(0, 4), BYTES.subarray(4)])],
  ])('reads %s', async (_name, source) => {
    expect(await all(source())).toEqual([...BYTES]);
  });

  it('reads a stream that only has a reader, and lets go of it when done', async () => {
    const chunks = [BYTES.subarray(0, 4), BYTES.subarray(4)];
    const releaseLock = vi.fn();
    const source: ByteReaderSource = { getReader: () => ({ read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true }), releaseLock }) };
    expect(await all(source)).toEqual([...BYTES]);
    expect(releaseLock).toHaveBeenCalledTimes(1);
  });

  it('says what it reads when given something else', async () => {
    await expect(all(42 as never)).rejects.toThrow(new PeaksInputError('computePeaks reads a file path, bytes, a Node or web stream, a Blob or an S3 GetObject body'));
    await expect(all(null as never)).rejects.toThrow(PeaksInputError);
  });

  it('refuses a stream of text (an encoding set on it), and lets go of a reader that gave text', async () => {
    await expect(all(Readable.from(['ID3']))).rejects.toThrow(new PeaksInputError('the stream must yield bytes (Uint8Array or Buffer), not text: do not set an encoding on it'));
    const releaseLock = vi.fn();
    const text: ByteReaderSource = { getReader: () => ({ read: async () => ({ done: false, value: 'ID3' as never }), releaseLock }) };
    await expect(all(text)).rejects.toThrow(new PeaksInputError('the stream must yield bytes (Uint8Array), not text'));
    expect(releaseLock).toHaveBeenCalledTimes(1);
    expect(new PeaksInputError('x').name).toBe('PeaksInputError');
  });
});

describe('samples as audiowaveform stores them', () => {
  it.each([
    [0, 0], [-0, 0], [0.5, 16384], [-0.5, -16384], [1, 32767], [-1, -32768], [2, 32767], [-2, -32768], [1 / 65536, 1], [-1 / 65536, 0],
  ])('%s as 16 bits is %s', (v, expected) => {
    expect(Object.is(toInt16(v), expected)).toBe(true);
  });

  it.each([[0, 0], [255, 0], [256, 1], [-255, 0], [-256, -1], [32767, 127], [-32768, -128]])('16-bit %s as 8 bits is %s (truncated, never -0)', (v, expected) => {
    expect(Object.is(int16To8(v), expected)).toBe(true);
  });
});

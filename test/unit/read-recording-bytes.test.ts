// @vitest-environment node
// Reading a recording into one reused buffer, as an hour streamed at network speed is read: Node's
// fetch bodies are byte streams, as browsers' are (jsdom's are not). Storage is scripted at fetch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRefusal, readRecording, StorageStatusError } from '../../src/net/readRecording';

const FILE = Uint8Array.from({ length: 200_000 }, (_, i) => i % 251);

function serve(...answers: ((range: string | null) => Response)[]) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    return answer(new Headers(init.headers).get('Range'));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The file from `from` as a byte stream, in pieces of `piece` bytes, failing after `failAfter` bytes when given. */
const bytes = (from = 0, piece = 100_000, failAfter?: number, status = 200) => () => {
  let at = from;
  const stream = failAfter === undefined
    ? new ReadableStream({
      type: 'bytes',
      start(controller) {
        for (; at < FILE.length; at += piece) controller.enqueue(FILE.slice(at, Math.min(FILE.length, at + piece)));
        controller.close();
      },
    })
    : new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (at >= from + failAfter) return controller.error(new TypeError('network error'));
        controller.enqueue(FILE.slice(at, Math.min(from + failAfter, at + piece)));
        at += piece;
      },
    });
  return new Response(stream, { status });
};

async function read(options: Partial<Parameters<typeof readRecording>[0]> = {}) {
  const chunks: Uint8Array[] = [];
  const copies: Uint8Array[] = [];
  const lengths: number[] = [];
  const reusedBeforeNext: boolean[] = [];
  await readRecording({
    getUrl: async () => 'https://s3.test/r.mp3?X-Amz-Signature=1',
    signal: new AbortController().signal,
    onChunk: (chunk) => {
      // A reused buffer moves on to the next read: the chunk before this one no longer holds bytes.
      const previous = chunks[chunks.length - 1];
      if (previous) reusedBeforeNext.push(previous.byteLength === 0);
      chunks.push(chunk);
      lengths.push(chunk.length);
      copies.push(chunk.slice());
    },
    ...options,
  });
  const all = new Uint8Array(copies.reduce((n, c) => n + c.length, 0));
  copies.reduce((at, c) => (all.set(c, at), at + c.length), 0);
  return { chunks, lengths, reusedBeforeNext, bytes: all };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readRecording into one reused buffer', () => {
  it('reads 64 KiB at a time into the same memory, every byte in order', async () => {
    serve(bytes());
    const { lengths, reusedBeforeNext, bytes: got } = await read({ reuseBuffer: true });
    expect(got).toEqual(FILE);
    expect(lengths).toEqual([65_536, 65_536, 65_536, 3_392]);
    expect(reusedBeforeNext).toEqual([true, true, true]);
  });

  it('hands out chunks of their own when not asked to reuse, so a consumer may keep them', async () => {
    serve(bytes());
    const { chunks, lengths, reusedBeforeNext, bytes: got } = await read();
    expect(got).toEqual(FILE);
    expect(lengths).toEqual([100_000, 100_000]);
    expect(reusedBeforeNext).toEqual([false]);
    expect([...chunks[0]!.subarray(0, 3), ...chunks[1]!.subarray(0, 3)]).toEqual([0, 1, 2, 100_000 % 251, 100_001 % 251, 100_002 % 251]);
  });

  it('reads a body that is not a byte stream as it comes, even when asked to reuse', async () => {
    serve(() => new Response(new ReadableStream({ start(c) { c.enqueue(FILE.slice(0, 150_000)); c.enqueue(FILE.slice(150_000)); c.close(); } })));
    const { lengths, bytes: got } = await read({ reuseBuffer: true });
    expect(got).toEqual(FILE);
    expect(lengths).toEqual([150_000, 50_000]);
  });

  it('carries on after as many dropped connections as it is allowed, and not one more', async () => {
    serve(bytes(0, 100_000, 50_000), bytes(50_000, 100_000, 50_000, 206), bytes(100_000, 100_000, undefined, 206));
    expect((await read({ maxBrokenReads: 2, reuseBuffer: true })).bytes).toEqual(FILE);
    serve(bytes(0, 100_000, 50_000), bytes(50_000, 100_000, 50_000, 206), bytes(100_000, 100_000, undefined, 206));
    await expect(read({ maxBrokenReads: 1 })).rejects.toThrow('network error');
  });

  it('skips what it has when storage ignores Range, never handing out an empty chunk', async () => {
    serve(bytes(0, 50_000, 100_000), bytes(0, 50_000));
    const { lengths, bytes: got } = await read();
    expect(got).toEqual(FILE);
    expect(lengths).toEqual([50_000, 50_000, 50_000, 50_000]);
  });

  it('knows a refusal (401, 403) from any other storage answer', () => {
    expect(isRefusal(new StorageStatusError(403))).toBe(true);
    expect(isRefusal(new StorageStatusError(401))).toBe(true);
    expect(isRefusal(new StorageStatusError(404))).toBe(false);
    expect(isRefusal(new StorageStatusError(0))).toBe(false);
    expect(isRefusal(Object.assign(new Error('x'), { status: 403 }))).toBe(false);
    expect(new StorageStatusError(500)).toMatchObject({ name: 'StorageStatusError', status: 500, message: 'The recording storage answered HTTP 500.' });
  });
});

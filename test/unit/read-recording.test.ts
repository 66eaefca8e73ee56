// Reading a recording from its signed URL against a scripted storage (the fetch boundary): refusals
// exchanged for a newer URL, a dropped connection carried on with Range, storage that ignores Range.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRefusal, readRecording, StorageStatusError } from '../../src/net/readRecording';

const FILE = Uint8Array.from({ length: 100 }, (_, i) => i);

/** A body that sends `chunks` of the file from `from`, then fails with `failAfter` chunks sent (if given). */
function body(from: number, chunkSize: number, failAfter?: number): ReadableStream<Uint8Array> {
  let at = from;
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (failAfter !== undefined && sent === failAfter) return controller.error(new TypeError('network error'));
      if (at >= FILE.length) return controller.close();
      controller.enqueue(FILE.slice(at, at + chunkSize));
      at += chunkSize;
      sent++;
    },
  });
}

type Answer = { status: number; from?: number; chunk?: number; failAfter?: number };

/** Storage that answers each request with the next scripted answer; what was asked is kept. */
function storage(answers: Answer[]) {
  const asked: { url: string; range: string | null; credentials: RequestCredentials | undefined }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    asked.push({ url, range: headers.get('Range'), credentials: init.credentials });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    const ok = answer.status >= 200 && answer.status < 300;
    return new Response(ok ? body(answer.from ?? 0, answer.chunk ?? 30, answer.failAfter) : 'refused', { status: answer.status });
  }));
  return asked;
}

async function read(options: Partial<Parameters<typeof readRecording>[0]> = {}) {
  const got: number[] = [];
  const urls: boolean[] = [];
  let n = 0;
  await readRecording({
    getUrl: async (refused) => {
      urls.push(refused);
      return `https://s3.test/r.mp3?X-Amz-Signature=${++n}`;
    },
    signal: new AbortController().signal,
    onChunk: (chunk) => void got.push(...chunk),
    ...options,
  });
  return { bytes: Uint8Array.from(got), urls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readRecording', () => {
  it('reads the whole file in order, without the page\'s cookies on another origin', async () => {
    const asked = storage([{ status: 200 }]);
    const onResponse = vi.fn();
    const { bytes } = await read({ onResponse });
    expect(bytes).toEqual(FILE);
    expect(asked).toEqual([{ url: 'https://s3.test/r.mp3?X-Amz-Signature=1', range: null, credentials: 'omit' }]);
    expect(onResponse).toHaveBeenCalledWith(expect.any(Response), 0);
  });

  it.each([401, 403])('storage answering %i: one newer URL is asked for, and read', async (status) => {
    const asked = storage([{ status }, { status: 200 }]);
    const { bytes, urls } = await read();
    expect(bytes).toEqual(FILE);
    expect(urls).toEqual([false, true]);
    expect(asked.map((a) => a.url)).toEqual(['https://s3.test/r.mp3?X-Amz-Signature=1', 'https://s3.test/r.mp3?X-Amz-Signature=2']);
  });

  it('refused again with the newer URL: it gives up with the storage\'s status, as a refusal', async () => {
    storage([{ status: 403 }, { status: 403 }]);
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageStatusError);
    expect(error).toMatchObject({ name: 'StorageStatusError', status: 403, message: 'The recording storage answered HTTP 403.' });
    expect(isRefusal(error)).toBe(true);
  });

  it('takes as many newer URLs as it is allowed', async () => {
    storage([{ status: 403 }, { status: 401 }, { status: 200 }]);
    const { bytes, urls } = await read({ maxRefusals: 2 });
    expect(bytes).toEqual(FILE);
    expect(urls).toEqual([false, true, true]);
  });

  it('another failure is not a refusal, and no URL at all is status 0', async () => {
    storage([{ status: 500 }]);
    const error = await read().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(isRefusal(error)).toBe(false);
    expect(isRefusal(new Error('x'))).toBe(false);
    await expect(readRecording({ getUrl: async () => null, signal: new AbortController().signal, onChunk: () => undefined }))
      .rejects.toMatchObject({ status: 0 });
  });

  it('a connection dropped mid-file carries on from the next byte with Range, through a URL that is still good', async () => {
    const asked = storage([{ status: 200, chunk: 30, failAfter: 2 }, { status: 206, from: 60, chunk: 30 }]);
    const onResponse = vi.fn();
    const { bytes, urls } = await read({ onResponse });
    expect(bytes).toEqual(FILE);
    expect(asked.map((a) => a.range)).toEqual([null, 'bytes=60-']);
    expect(urls).toEqual([false, false]);
    expect(onResponse.mock.calls.map(([, offset]) => offset)).toEqual([0, 60]);
  });

  it('storage that ignores Range sends the whole file again: what is already here is skipped, across chunks', async () => {
    const asked = storage([{ status: 200, chunk: 25, failAfter: 2 }, { status: 200, chunk: 20 }]);
    const { bytes } = await read();
    expect(bytes).toEqual(FILE);
    expect(asked[1]!.range).toBe('bytes=50-');
  });

  it('carries on from where the caller says (a frame boundary), replacing what it had not kept', async () => {
    const asked = storage([{ status: 200, chunk: 30, failAfter: 2 }, { status: 206, from: 40, chunk: 30 }]);
    const got: number[] = [];
    await readRecording({
      getUrl: async () => 'https://s3.test/r.mp3',
      signal: new AbortController().signal,
      resumeAt: (read) => read - 20,
      onChunk: (chunk) => void got.push(...chunk),
    });
    expect(asked[1]!.range).toBe('bytes=40-');
    expect(got.slice(60)).toEqual([...FILE.slice(40)]);
  });

  it('gives up after the dropped connections it is allowed, with the network\'s error', async () => {
    storage([{ status: 200, failAfter: 1 }, { status: 206, from: 30, failAfter: 0 }]);
    await expect(read({ maxBrokenReads: 1 })).rejects.toThrow('network error');
  });

  it('stops at once when aborted, asking for nothing more', async () => {
    const asked = storage([{ status: 200, failAfter: 1 }, { status: 206, from: 30 }]);
    const controller = new AbortController();
    const reading = read({ signal: controller.signal, onChunk: () => controller.abort() });
    await expect(reading).rejects.toThrow();
    expect(asked).toHaveLength(1);
  });
});

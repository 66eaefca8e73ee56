// One way to read a recording from its signed URL, for everything that reads it whole or streams it
// (the one-read path, the streamed lanes, Download): a refused URL (401/403) is exchanged for a newer
// one, a connection dropped mid-file carries on with a `Range` request from where it broke, and a
// server that ignores `Range` has what was already read skipped.
import { credentialsFor } from './sameOrigin.js';

export class StorageStatusError extends Error {
  constructor(readonly status: number) {
    super(`The recording storage answered HTTP ${status}.`);
    this.name = 'StorageStatusError';
  }
}

/** Status codes a signed URL gets when storage will not honour it (expired, or refused). */
export const isRefusalStatus = (status: number) => status === 401 || status === 403;
export const isRefusal = (error: unknown) => error instanceof StorageStatusError && isRefusalStatus(error.status);

export interface ReadRecordingOptions {
  /** A URL to read from; asked with `refused` true after storage answered 401 or 403 (null: none). */
  getUrl(refused: boolean): Promise<string | null>;
  signal: AbortSignal;
  /** Newer URLs asked for in a row after refusals before giving up (default 1). */
  maxRefusals?: number;
  /** Dropped connections carried on from before giving up (default 3). */
  maxBrokenReads?: number;
  /** Where to carry on from after a dropped connection (default: every byte read so far). */
  resumeAt?(read: number): number;
  /** Each response that will be read, with the offset it starts at (headers: type, length). */
  onResponse?(response: Response, offset: number): void;
  /** The bytes, in order, without repeats. With `reuseBuffer`, a chunk is valid only until the next. */
  onChunk(chunk: Uint8Array): void | Promise<void>;
  /** Read into one buffer, reused (an hour streamed at network speed leaves no garbage behind). */
  reuseBuffer?: boolean;
}

const READ_BYTES = 64 * 1024;

function chunkReader(body: ReadableStream<Uint8Array>, reuse: boolean): () => Promise<ReadableStreamReadResult<Uint8Array>> {
  if (reuse) {
    try {
      const byob = body.getReader({ mode: 'byob' });
      let buffer = new ArrayBuffer(READ_BYTES);
      return async () => {
        const result = await byob.read(new Uint8Array(buffer));
        if (result.value) buffer = result.value.buffer as ArrayBuffer;
        return result as ReadableStreamReadResult<Uint8Array>;
      };
    } catch {
      // Not a byte stream here: chunks as they come.
    }
  }
  const reader = body.getReader();
  return () => reader.read();
}

/** Reads the whole recording; resolves once its last byte has gone to `onChunk`. */
export async function readRecording(options: ReadRecordingOptions): Promise<void> {
  const { signal, maxRefusals = 1, maxBrokenReads = 3 } = options;
  let read = 0;
  let refusals = 0;
  let broken = 0;
  let refused = false;
  for (;;) {
    const url = await options.getUrl(refused);
    if (!url) throw new StorageStatusError(0);
    const offset = read > 0 ? (options.resumeAt?.(read) ?? read) : 0;
    const response = await fetch(url, {
      signal,
      credentials: credentialsFor(url),
      ...(offset > 0 ? { headers: { Range: `bytes=${offset}-` } } : {}),
    });
    if (isRefusalStatus(response.status)) {
      void response.body?.cancel();
      if (++refusals > maxRefusals) throw new StorageStatusError(response.status);
      refused = true;
      continue;
    }
    refused = false;
    if (!response.ok || !response.body) throw new StorageStatusError(response.status);
    options.onResponse?.(response, offset);
    // Storage that ignores Range sends the whole file again: skip what is already here.
    let skip = response.status === 206 ? 0 : offset;
    read = offset;
    const next = chunkReader(response.body, options.reuseBuffer ?? false);
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await next();
      } catch (error) {
        // A connection dropped mid-file: carry on from where it broke, with a URL that is still good.
        if (signal.aborted || ++broken > maxBrokenReads) throw error;
        break;
      }
      if (result.done) return;
      const drop = Math.min(skip, result.value.length);
      skip -= drop;
      const chunk = result.value.subarray(drop);
      if (!chunk.length) continue;
      read += chunk.length;
      await options.onChunk(chunk);
    }
  }
}

// Whatever holds an MP3 on a server, read as a stream of byte chunks: never the whole file at once
// unless it was handed over whole.
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A web `ReadableStream` (or anything with its reader) of bytes. */
export interface ByteReaderSource {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>; releaseLock(): void };
}

/**
 * An MP3: a file path or `file:` URL, its bytes, a Node stream, a web `ReadableStream`, a `Blob`, or an
 * S3 `GetObject` body (any async iterable of byte chunks).
 */
export type PeaksSource = string | URL | Uint8Array | ArrayBuffer | Blob | AsyncIterable<Uint8Array> | ByteReaderSource;

export class PeaksInputError extends Error {
  override name = 'PeaksInputError';
}

export async function* chunksOf(source: PeaksSource): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string' || source instanceof URL) {
    const path = source instanceof URL ? fileURLToPath(source) : source;
    yield* checked(createReadStream(path) as AsyncIterable<Uint8Array>);
  } else if (source instanceof Uint8Array) {
    yield source;
  } else if (source instanceof ArrayBuffer) {
    yield new Uint8Array(source);
  } else if (typeof source === 'object' && source !== null && Symbol.asyncIterator in source) {
    yield* checked(source);
  } else if (typeof source === 'object' && source !== null && 'getReader' in source) {
    yield* fromReader(source);
  } else if (typeof Blob !== 'undefined' && source instanceof Blob) {
    yield* fromReader(source.stream() as ByteReaderSource);
  } else {
    throw new PeaksInputError('computePeaks reads a file path, bytes, a Node or web stream, a Blob or an S3 GetObject body');
  }
}

async function* checked(iterable: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of iterable) {
    if (!(chunk instanceof Uint8Array)) throw new PeaksInputError('the stream must yield bytes (Uint8Array or Buffer), not text: do not set an encoding on it');
    yield chunk;
  }
}

async function* fromReader(stream: ByteReaderSource): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!(value instanceof Uint8Array)) throw new PeaksInputError('the stream must yield bytes (Uint8Array), not text');
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

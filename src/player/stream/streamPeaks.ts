// Reads a recording as a stream and turns it into min/max peaks frame by frame, so memory is bounded
// by the number of peaks and never by the length of the call. The decoder is given: in our worker,
// mpg123 read in place (WebCodecs where WASM may not run); on the main thread, the WASM decoder's own
// worker.
import { PeakAccumulator } from './accumulator.js';
import { FrameSplitter, isInfoFrame, type Frame, type FrameHeader } from './mp3.js';
import { credentialsFor } from '../../shared/sameOrigin.js';

/** `worker`: our peaks worker (mpg123 read in place, WebCodecs where WASM may not run); `wasm`: the main thread. */
export type DecoderKind = 'worker' | 'wasm';

export interface StreamPeaksOptions {
  decoder: DecoderFactory;
  /** A URL to read from; asked again with `refused` true after storage answered 401 or 403. */
  getUrl(refused: boolean): Promise<string | null>;
  duration: number;
  buckets: number;
  signal: AbortSignal;
  onProgress?(peaks: [Float32Array, Float32Array], reachedSeconds: number): void;
  progressEveryMs?: number;
}

export interface StreamedPeaks {
  peaks: [Float32Array, Float32Array];
  channels: number;
  /** Seconds of audio actually decoded. */
  duration: number;
}

/** Why streaming stopped; `unsupported` means another decoder may succeed. */
export class StreamPeaksError extends Error {
  constructor(readonly reason: 'unsupported' | 'refused' | 'http' | 'no-url' | 'decode', message: string, readonly status?: number) {
    super(message);
    this.name = 'StreamPeaksError';
  }
}

export type BlockSink = (planes: Float32Array[], sampleRate: number, startSeconds: number) => void;

export interface FrameDecoder {
  decode(frames: Frame[], startSeconds: number): Promise<void>;
  flush(): Promise<void>;
  close(): void;
}

/** Makes a decoder for a stream whose first audio frame has `first`'s format. */
export type DecoderFactory = (first: FrameHeader, sink: BlockSink) => Promise<FrameDecoder>;
const MAX_REFUSALS = 3;
const READ_BYTES = 64 * 1024;

/**
 * Reads a body chunk by chunk into one buffer, reused: an hour-long recording read at network speed
 * would otherwise leave thousands of chunks for the garbage collector, tens of MB of resident memory
 * before it runs. A chunk is valid until the next read (the frames cut from it are decoded by then).
 */
function chunkReader(body: ReadableStream<Uint8Array>): () => Promise<ReadableStreamReadResult<Uint8Array>> {
  let byob: ReadableStreamBYOBReader;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    const reader = body.getReader(); // not a byte stream here: chunks as they come
    return () => reader.read();
  }
  let buffer = new ArrayBuffer(READ_BYTES);
  return async () => {
    const result = await byob.read(new Uint8Array(buffer));
    if (result.value) buffer = result.value.buffer as ArrayBuffer;
    return result as ReadableStreamReadResult<Uint8Array>;
  };
}
const MAX_BROKEN_READS = 3;

export async function streamPeaks(options: StreamPeaksOptions): Promise<StreamedPeaks> {
  const { signal, duration, buckets } = options;
  const acc = new PeakAccumulator(buckets, duration);
  const every = options.progressEveryMs ?? 250;
  let lastProgress = 0;
  const sink: BlockSink = (planes, rate, start) => {
    acc.add(planes, rate, start);
    const now = Date.now();
    if (options.onProgress && now - lastProgress >= every) {
      lastProgress = now;
      options.onProgress(acc.snapshot(), acc.reached);
    }
  };

  let splitter = new FrameSplitter();
  let decoder: FrameDecoder | null = null;
  let decoderStarting: Promise<FrameDecoder> | null = null;
  let seconds = 0; // start time of the next frame
  let refusals = 0;
  let brokenReads = 0;
  let refused = false;
  let firstSeen = false;
  const feed = async (frames: Frame[]) => {
    let audio = frames;
    if (!firstSeen && frames.length) {
      firstSeen = true; // the encoder's info frame is silence the media element skips too
      if (isInfoFrame(frames[0]!.data)) audio = frames.slice(1);
    }
    if (!audio.length) return;
    decoderStarting ??= options.decoder(audio[0]!.header, sink);
    decoder = await decoderStarting;
    await decoder.decode(audio, seconds);
    for (const f of audio) seconds += f.header.samplesPerFrame / f.header.sampleRate;
  };

  try {
    for (;;) {
      const url = await options.getUrl(refused);
      if (!url) throw new StreamPeaksError('no-url', 'No recording URL');
      const offset = splitter.resumeOffset;
      const response = await fetch(url, {
        signal,
        credentials: credentialsFor(url),
        ...(offset > 0 ? { headers: { Range: `bytes=${offset}-` } } : {}),
      });
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        if (++refusals > MAX_REFUSALS) throw new StreamPeaksError('refused', `Storage refused the recording (${response.status})`, response.status);
        refused = true;
        continue;
      }
      refused = false;
      if (!response.ok || !response.body) throw new StreamPeaksError('http', `Storage answered ${response.status}`, response.status);
      // Resuming: drop the partial frame held back; it comes again. A server that ignores Range sends
      // the whole file again: skip what was already read.
      if (offset > 0) splitter = new FrameSplitter(offset);
      let skip = offset > 0 && response.status !== 206 ? offset : 0;
      const read = chunkReader(response.body);
      let broken = false;
      for (;;) {
        let result: ReadableStreamReadResult<Uint8Array>;
        try {
          result = await read();
        } catch (error) {
          // A dropped connection an hour into a call: carry on from the last whole frame.
          if (signal.aborted || ++brokenReads > MAX_BROKEN_READS) throw error;
          broken = true;
          break;
        }
        const { done, value } = result;
        if (done) break;
        let chunk = value;
        if (skip) {
          const drop = Math.min(skip, chunk.length);
          chunk = chunk.subarray(drop);
          skip -= drop;
          if (!chunk.length) continue;
        }
        await feed(splitter.push(chunk));
      }
      if (broken) continue;
      await feed(splitter.push(new Uint8Array(0), true));
      break;
    }
    if (!decoder) throw new StreamPeaksError('decode', 'The recording holds no MP3 audio');
    await (decoder as FrameDecoder).flush();
    options.onProgress?.(acc.snapshot(), acc.reached);
    return { peaks: acc.snapshot(), channels: acc.channelCount, duration: acc.reached };
  } finally {
    (decoder as FrameDecoder | null)?.close();
  }
}

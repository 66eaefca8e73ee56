// Reads a recording as a stream and turns it into min/max peaks frame by frame, so memory is bounded
// by the number of peaks and never by the length of the call. The decoder is given: in our worker,
// mpg123 read in place (WebCodecs where WASM may not run); on the main thread, the WASM decoder's own
// worker.
import { PeakAccumulator } from './accumulator.js';
import { FrameSplitter, isInfoFrame, type Frame, type FrameHeader } from './mp3.js';
import { isRefusalStatus, readRecording, StorageStatusError } from '../../net/readRecording.js';

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
    try {
      await readRecording({
        signal,
        maxRefusals: MAX_REFUSALS,
        maxBrokenReads: MAX_BROKEN_READS,
        reuseBuffer: true,
        getUrl: options.getUrl,
        // Resuming: the partial frame held back is dropped; it comes again from its first byte.
        resumeAt: () => splitter.resumeOffset,
        onResponse: (_response, offset) => {
          if (offset > 0) splitter = new FrameSplitter(offset);
        },
        onChunk: (chunk) => feed(splitter.push(chunk)),
      });
    } catch (error) {
      if (!(error instanceof StorageStatusError)) throw error;
      if (error.status === 0) throw new StreamPeaksError('no-url', 'No recording URL');
      if (isRefusalStatus(error.status)) throw new StreamPeaksError('refused', `Storage refused the recording (${error.status})`, error.status);
      throw new StreamPeaksError('http', `Storage answered ${error.status}`, error.status);
    }
    await feed(splitter.push(new Uint8Array(0), true));
    if (!decoder) throw new StreamPeaksError('decode', 'The recording holds no MP3 audio');
    await (decoder as FrameDecoder).flush();
    options.onProgress?.(acc.snapshot(), acc.reached);
    return { peaks: acc.snapshot(), channels: acc.channelCount, duration: acc.reached };
  } finally {
    (decoder as FrameDecoder | null)?.close();
  }
}

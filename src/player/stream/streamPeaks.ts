// Reads a recording as a stream and turns it into min/max peaks frame by frame, so memory is bounded
// by the number of peaks and never by the length of the call. Runs in a worker (WebCodecs) or on the
// main thread with the WASM decoder, which has a worker of its own.
import { PeakAccumulator } from './accumulator.js';
import { FrameSplitter, isInfoFrame, type Frame, type FrameHeader } from './mp3.js';

export type DecoderKind = 'webcodecs' | 'wasm';

export interface StreamPeaksOptions {
  /** A URL to read from; asked again with `refused` true after storage answered 401 or 403. */
  getUrl(refused: boolean): Promise<string | null>;
  duration: number;
  buckets: number;
  decoder: DecoderKind;
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

type BlockSink = (planes: Float32Array[], sampleRate: number, startSeconds: number) => void;

interface FrameDecoder {
  decode(frames: Frame[], startSeconds: number): Promise<void>;
  flush(): Promise<void>;
  close(): void;
}

const MAX_QUEUE = 24;
const MAX_REFUSALS = 3;
const MAX_BROKEN_READS = 3;

async function webCodecsDecoder(first: FrameHeader, sink: BlockSink): Promise<FrameDecoder> {
  if (typeof AudioDecoder === 'undefined' || typeof EncodedAudioChunk === 'undefined') {
    throw new StreamPeaksError('unsupported', 'WebCodecs is not available here');
  }
  const config = { codec: 'mp3', sampleRate: first.sampleRate, numberOfChannels: first.channels };
  const support = await AudioDecoder.isConfigSupported(config).catch(() => ({ supported: false }));
  if (!support.supported) throw new StreamPeaksError('unsupported', 'WebCodecs cannot decode MP3 here');
  let failure: Error | null = null;
  const planes: Float32Array[] = [];
  const decoder = new AudioDecoder({
    output: (data) => {
      try {
        const count = Math.min(2, data.numberOfChannels);
        for (let c = 0; c < count; c++) {
          if ((planes[c]?.length ?? 0) < data.numberOfFrames) planes[c] = new Float32Array(data.numberOfFrames);
          const plane = planes[c]!.subarray(0, data.numberOfFrames);
          data.copyTo(plane, { planeIndex: c, format: 'f32-planar' });
        }
        sink(planes.slice(0, count).map((p) => p.subarray(0, data.numberOfFrames)), data.sampleRate, data.timestamp / 1e6);
      } finally {
        data.close();
      }
    },
    error: (error) => {
      failure = error;
    },
  });
  decoder.configure(config);
  const check = () => {
    if (failure) throw new StreamPeaksError('decode', failure.message);
  };
  return {
    async decode(frames, startSeconds) {
      let t = startSeconds;
      for (const frame of frames) {
        decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp: Math.round(t * 1e6), data: frame.data }));
        t += frame.header.samplesPerFrame / frame.header.sampleRate;
      }
      // Back-pressure: do not read the network faster than the decoder keeps up.
      while (decoder.decodeQueueSize > MAX_QUEUE) await new Promise((r) => setTimeout(r, 4));
      check();
    },
    async flush() {
      await decoder.flush();
      check();
    },
    close() {
      if (decoder.state !== 'closed') decoder.close();
    },
  };
}

async function wasmDecoder(sink: BlockSink): Promise<FrameDecoder> {
  let module: typeof import('mpg123-decoder');
  try {
    module = await import('mpg123-decoder');
  } catch (error) {
    throw new StreamPeaksError('unsupported', `The MP3 decoder could not load: ${(error as Error).message}`);
  }
  const decoder = new module.MPEGDecoderWebWorker();
  await decoder.ready;
  return {
    async decode(frames, startSeconds) {
      if (!frames.length) return;
      const out = await decoder.decodeFrames(frames.map((f) => f.data));
      if (out.samplesDecoded > 0) sink(out.channelData.map((p) => p.subarray(0, out.samplesDecoded)), out.sampleRate, startSeconds);
    },
    async flush() {},
    close() {
      void decoder.free();
    },
  };
}

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
    decoderStarting ??= options.decoder === 'webcodecs' ? webCodecsDecoder(audio[0]!.header, sink) : wasmDecoder(sink);
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
        credentials: 'omit',
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
      const reader = response.body.getReader();
      let broken = false;
      for (;;) {
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          read = await reader.read();
        } catch (error) {
          // A dropped connection an hour into a call: carry on from the last whole frame.
          if (signal.aborted || ++brokenReads > MAX_BROKEN_READS) throw error;
          broken = true;
          break;
        }
        const { done, value } = read;
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

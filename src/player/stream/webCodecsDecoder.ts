// MP3 frames → PCM with WebCodecs' AudioDecoder (Chromium in secure contexts, among others).
import { StreamPeaksError, type BlockSink, type FrameDecoder } from './streamPeaks.js';
import type { FrameHeader } from './mp3.js';

const MAX_QUEUE = 24;

export async function webCodecsDecoder(first: FrameHeader, sink: BlockSink): Promise<FrameDecoder> {
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

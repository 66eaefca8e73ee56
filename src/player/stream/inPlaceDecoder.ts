// MP3 frames → PCM with mpg123 (WASM) read in place, in the peaks worker: the same decoder and the
// same in-place reads as the server-side peaks, so an hour streams with a fixed-size WASM heap and no
// per-frame objects (WebCodecs needs an EncodedAudioChunk and an AudioData per 36 ms frame).
import { createFrameDecoder } from '../../audio/frameDecoder.js';
import { StreamPeaksError, type BlockSink, type FrameDecoder } from './streamPeaks.js';
import type { FrameHeader } from './mp3.js';

export async function inPlaceDecoder(first: FrameHeader, sink: BlockSink): Promise<FrameDecoder> {
  let seconds = 0;
  let decoder: Awaited<ReturnType<typeof createFrameDecoder>>;
  try {
    decoder = await createFrameDecoder((planes, samples) => {
      sink(planes.map((p) => p.subarray(0, samples)), first.sampleRate, seconds);
      seconds += samples / first.sampleRate;
    });
  } catch (error) {
    throw new StreamPeaksError('unsupported', `The MP3 decoder could not start: ${(error as Error).message}`);
  }
  return {
    async decode(frames) {
      decoder.decode(frames.map((f) => f.data));
    },
    async flush() {},
    close: () => decoder.free(),
  };
}

// MP3 frames → PCM with mpg123 compiled to WASM, in the package's own worker: for pages where our
// peaks worker cannot start (a policy that forbids blob workers). Loaded only then.
import { StreamPeaksError, type BlockSink, type FrameDecoder } from './streamPeaks.js';

export async function wasmDecoder(_first: unknown, sink: BlockSink): Promise<FrameDecoder> {
  let module: typeof import('mpg123-decoder');
  try {
    // Through the package's own import map: the decoder in browsers, a stub in server bundles.
    module = (await import('#mp3-decoder')) as typeof import('mpg123-decoder');
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

// MP3 frames → planar float blocks, with mpg123 (WASM) and its gapless handling. The package's
// public `decodeFrames` copies every frame's output three times (slices, then joins per call and per
// batch); over an hour that is gigabytes of short-lived buffers, which is most of the time and, since
// V8 frees such buffers lazily, tens of megabytes of resident memory. So when the decoder's own
// buffers are reachable (mpg123-decoder 1.0.3, pinned exactly in package.json for this, and checked by
// test/unit/server-peaks.test.ts), blocks are read in place; otherwise the public call.
import { MPEGDecoder } from 'mpg123-decoder';

export type BlockSink = (planes: readonly Float32Array[], samples: number) => void;

interface Pointer<T> {
  ptr: number;
  len: number;
  buf: T;
}

interface Mpg123Internals {
  _common?: { wasm?: { mpeg_decoder_feed?: unknown; mpeg_decoder_read?: unknown } };
  _decoder?: number;
  _input?: Pointer<Uint8Array>;
  _output?: Pointer<Float32Array>;
  _samplesDecodedPtr?: Pointer<Uint32Array>;
  _sampleRatePtr?: Pointer<Uint32Array>;
  _errorStringPtr?: Pointer<Uint32Array>;
}

const NEED_MORE = -10;
const NEW_FORMAT = -11;

export interface FrameDecoder {
  /** Decodes whole frames, in order; each block of samples goes to the sink before this returns. */
  decode(frames: readonly Uint8Array[]): void;
  readonly inPlace: boolean;
  free(): void;
}

export async function createFrameDecoder(sink: BlockSink, options: { inPlace?: boolean } = {}): Promise<FrameDecoder> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const inner = decoder as unknown as Mpg123Internals;
  const wasm = inner._common?.wasm;
  const reachable =
    options.inPlace !== false && typeof wasm?.mpeg_decoder_feed === 'function' && typeof wasm.mpeg_decoder_read === 'function' &&
    typeof inner._decoder === 'number' && inner._input?.buf instanceof Uint8Array && inner._output?.buf instanceof Float32Array &&
    inner._samplesDecodedPtr?.buf instanceof Uint32Array && !!inner._sampleRatePtr && !!inner._errorStringPtr;
  if (!reachable) {
    return {
      inPlace: false,
      decode(frames) {
        if (!frames.length) return;
        const out = decoder.decodeFrames(frames as Uint8Array[]);
        if (out.samplesDecoded > 0) sink(out.channelData, out.samplesDecoded);
      },
      free: () => decoder.free(),
    };
  }
  const feed = wasm.mpeg_decoder_feed as (decoder: number, ptr: number, length: number) => number;
  const read = wasm.mpeg_decoder_read as (decoder: number, out: number, outLength: number, samples: number, rate: number, error: number) => number;
  const handle = inner._decoder!;
  const input = inner._input!;
  const output = inner._output!;
  const samplesAt = inner._samplesDecodedPtr!;
  const rateAt = inner._sampleRatePtr!;
  const errorAt = inner._errorStringPtr!;

  const drain = () => {
    for (let errors = 0; errors < 16; ) {
      samplesAt.buf[0] = 0;
      const code = read(handle, output.ptr, output.len, samplesAt.ptr, rateAt.ptr, errorAt.ptr);
      const samples = samplesAt.buf[0]!;
      // Planar in the decoder's buffer: left then right; valid until the next read.
      if (samples > 0) sink([output.buf.subarray(0, samples), output.buf.subarray(samples, samples * 2)], samples);
      if (code === NEED_MORE) return;
      if (code !== 0 && code !== NEW_FORMAT) errors++; // a damaged frame: skipped, as the public call does
    }
  };
  return {
    inPlace: true,
    decode(frames) {
      let filled = 0;
      for (const frame of frames) {
        if (filled + frame.length > input.len) {
          feed(handle, input.ptr, filled);
          drain();
          filled = 0;
        }
        input.buf.set(frame, filled);
        filled += frame.length;
      }
      if (filled) {
        feed(handle, input.ptr, filled);
        drain();
      }
    },
    free: () => decoder.free(),
  };
}

// An MP3 stream → BBC audiowaveform JSON (v2), on a server. The framing is the browser's streaming
// path's; frames are decoded in small batches by mpg123 (WASM) with its gapless handling, so the
// samples line up with what ffmpeg plays, and memory stays at one batch plus the output.
import { FrameSplitter } from '../player/stream/mp3.js';
import { createFrameDecoder } from '../audio/frameDecoder.js';
import { audiowaveformBytes, encodeAudiowaveform, type AudiowaveformV2, type EncodeOptions } from './audiowaveform.js';
import { PixelPeaks } from './pixels.js';
import { chunksOf, PeaksInputError, type PeaksSource } from './sources.js';

export interface ComputePeaksOptions {
  /** 8 or 16 bits a value (default 16, as audiowaveform). */
  bits?: 8 | 16;
  /** Points per second of audio (default 100); samples per point is the sample rate divided by it. */
  pixelsPerSecond?: number;
  /** Samples per point, as audiowaveform's `--zoom`; wins over `pixelsPerSecond`. At least 2. */
  samplesPerPixel?: number;
  /** 2 (default): one lane per channel of the file; 1: the channels averaged into one. */
  channels?: 1 | 2;
  /** At most this many points: neighbours are merged by a whole factor after reading (default none). */
  maxLength?: number;
  signal?: AbortSignal;
}

/** Frames per decoder call: enough to keep the WASM calls cheap, few enough to keep memory flat. */
const BATCH_FRAMES = 256;

/** BBC audiowaveform JSON (version 2) of an MP3, read as a stream. */
export async function computePeaks(source: PeaksSource, options: ComputePeaksOptions = {}): Promise<AudiowaveformV2> {
  const { pixels, encoding } = await measure(source, options);
  return encodeAudiowaveform(pixels, encoding);
}

/**
 * The same JSON as `JSON.stringify(await computePeaks(…))`, as UTF-8 pieces to write out one by one:
 * for an hour of audio this skips the array of millions of numbers and the one big string.
 */
export async function computePeaksJson(source: PeaksSource, options: ComputePeaksOptions = {}): Promise<Iterable<Uint8Array>> {
  const { pixels, encoding } = await measure(source, options);
  return audiowaveformBytes(pixels, encoding);
}

async function measure(source: PeaksSource, options: ComputePeaksOptions): Promise<{ pixels: PixelPeaks; encoding: EncodeOptions }> {
  const settings = checkOptions(options);
  let pixels: PixelPeaks | null = null;
  const decoder = await createFrameDecoder((planes, samples) => pixels?.add(planes, samples));
  try {
    const splitter = new FrameSplitter();
    let sampleRate = 0;
    let batch: Uint8Array[] = [];
    const decode = () => {
      decoder.decode(batch);
      batch = [];
    };
    const take = (found: ReturnType<FrameSplitter['push']>) => {
      for (const frame of found) {
        if (!pixels) {
          sampleRate = frame.header.sampleRate;
          const input = frame.header.channels;
          pixels = new PixelPeaks(samplesPerPixel(settings, sampleRate), Math.min(settings.channels, input) as 1 | 2, input);
        }
        batch.push(frame.data);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — the batch size sets memory and the number of decoder calls, not the samples
        if (batch.length >= BATCH_FRAMES) decode();
      }
    };
    for await (const chunk of chunksOf(source)) {
      settings.signal?.throwIfAborted();
      take(splitter.push(chunk));
    }
    take(splitter.push(new Uint8Array(0), true));
    decode();
    if (!pixels) throw new PeaksInputError('no MP3 audio frames were found: is this an MP3 (MPEG-1/2 Layer III) file?');
    return { pixels, encoding: { bits: settings.bits, sampleRate, maxLength: settings.maxLength } };
    // Stryker disable next-line BlockStatement: equivalent — freeing the decoder's memory changes no result
  } finally {
    decoder.free();
  }
}

interface Settings {
  bits: 8 | 16;
  pixelsPerSecond: number;
  samplesPerPixel: number | undefined;
  channels: 1 | 2;
  maxLength: number | undefined;
  signal: AbortSignal | undefined;
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min;

function checkOptions(options: ComputePeaksOptions): Settings {
  const { bits = 16, pixelsPerSecond = 100, samplesPerPixel, channels = 2, maxLength, signal } = options;
  if (bits !== 8 && bits !== 16) throw new RangeError(`bits must be 8 or 16, got ${String(bits)}`);
  if (channels !== 1 && channels !== 2) throw new RangeError(`channels must be 1 or 2, got ${String(channels)}`);
  if (!(typeof pixelsPerSecond === 'number' && Number.isFinite(pixelsPerSecond) && pixelsPerSecond > 0)) {
    throw new RangeError(`pixelsPerSecond must be a number above 0, got ${String(pixelsPerSecond)}`);
  }
  if (samplesPerPixel !== undefined && !isWhole(samplesPerPixel, 2)) throw new RangeError(`samplesPerPixel must be a whole number ≥ 2, got ${String(samplesPerPixel)}`);
  if (maxLength !== undefined && !isWhole(maxLength, 1)) throw new RangeError(`maxLength must be a whole number ≥ 1, got ${String(maxLength)}`);
  return { bits, pixelsPerSecond, samplesPerPixel, channels, maxLength, signal };
}

function samplesPerPixel(settings: Settings, sampleRate: number): number {
  if (settings.samplesPerPixel !== undefined) return settings.samplesPerPixel;
  const spp = Math.floor(sampleRate / settings.pixelsPerSecond);
  if (spp < 2) throw new RangeError(`pixelsPerSecond ${settings.pixelsPerSecond} is more than half the sample rate (${sampleRate} Hz)`);
  return spp;
}

// Redacting a recording where it is stored: the granules that cover each range are rewritten in place so
// they decode as silence (or a 1 kHz beep), and every bit of their coded audio is overwritten — nothing
// of what was said stays in the file. The coded bits keep their lengths, so the bit reservoir of the
// frames around them is untouched and everything outside the ranges stays bit-identical: no decode and
// re-encode, no generation loss, hours in seconds. One side alone can only be silenced in frames that
// code the sides apart; where they are coded together (joint stereo), both sides of that frame are.
import { PeaksInputError, type PeaksSource } from './sources.js';
import { mp3Frames, wholeFile, type FrameView as Frame } from './mp3Frames.js';
import { beepLine, readSideInfo, rewriteGranule, updateCrc, writeBits, type SideInfo } from './mp3SideInfo.js';

export interface RedactionRange {
  /** Seconds from the start of the recording (as players and ffmpeg count them). */
  start: number;
  end: number;
  /** Which side: the caller's channel, the assistant's, or both (default). */
  channel?: 'caller' | 'assistant' | 'both';
}

export interface RedactOptions {
  mode?: 'silence' | 'beep';
  /** Which channel holds the caller (default 0, the left), as `RecordingSource.callerChannel`. */
  callerChannel?: 0 | 1;
}

/** The decoder's own delay (samples): ffmpeg drops it with the encoder's, when the file says that. */
const DECODER_DELAY = 529;
/**
 * How far a decoder's output lags a granule's place in the stream (its synthesis filter). Measured
 * against ffmpeg on MPEG-1 and MPEG-2 files, with and without a LAME tag: any lag from 144 to 288
 * samples keeps the original out of a range from one frame in and leaves it untouched from one frame
 * out; this is the middle.
 */
const DECODE_LAG = 216;
/** The beep's level: global gain 196 puts one spectral line at about −20 dBFS. */
const BEEP_GAIN = 196;

/** Where a Xing/Info header sits: just after the side information. */
function infoTagAt(frame: Uint8Array): number | null {
  const side = readSideInfo(frame);
  const at = side.at + side.length;
  const tag = String.fromCharCode(...frame.subarray(at, at + 4));
  return tag === 'Xing' || tag === 'Info' ? at : null;
}

/** Samples a decoder drops at the start: the encoder's delay (from the LAME tag) and its own. */
function leadingSamples(info: Uint8Array, at: number): number {
  const lame = at + 120;
  if (lame + 24 > info.length) return 0;
  return ((info[lame + 21]! << 4) | (info[lame + 22]! >> 4)) + DECODER_DELAY;
}

function checkRanges(ranges: readonly RedactionRange[]): void {
  ranges.forEach((r, i) => {
    if (!Number.isFinite(r.start) || !Number.isFinite(r.end) || r.start < 0 || r.end < r.start) {
      throw new PeaksInputError(`ranges[${i}] must have 0 ≤ start ≤ end, in seconds (got ${r.start}–${r.end})`);
    }
    if (r.channel !== undefined && !['caller', 'assistant', 'both'].includes(r.channel)) {
      throw new PeaksInputError(`ranges[${i}].channel must be "caller", "assistant" or "both" (got ${String(r.channel)})`);
    }
  });
}

/**
 * The redacted MP3's bytes. `source` is anything `computePeaks` reads; ranges may overlap and come in any
 * order. Ranges past the end are ignored; a file with no Layer III frames is refused.
 */
export async function redactRecording(source: PeaksSource, ranges: readonly RedactionRange[], options: RedactOptions = {}): Promise<Uint8Array> {
  checkRanges(ranges);
  const bytes = await wholeFile(source);
  const frames = mp3Frames(bytes);
  const next = () => {
    const step = frames.next();
    return step.done ? null : step.value;
  };
  const head = next();
  if (!head) throw new PeaksInputError('no MP3 (MPEG audio Layer III) frames found in the source');
  // A Xing/Info frame holds no audio; decoders skip it and the delays it states. (The LAME version
  // string alone, in a frame's ancillary bits, marks an audio frame: it is decoded like the rest.)
  const tagAt = infoTagAt(head.data);
  const lead = tagAt === null ? 0 : leadingSamples(head.data, tagAt);
  let frame = tagAt === null ? head : next();
  if (!frame) return bytes;
  const { sampleRate, samplesPerFrame } = frame.header;
  const granuleSamples = samplesPerFrame === 1152 ? 576 : samplesPerFrame;
  const callerChannel = options.callerChannel ?? 0;
  // Which channels of which granule go (bit mask: 1 left, 2 right), and which stay quiet in beep mode:
  // a range's last granule, so that the beep's own spill into the next granule stays inside the range.
  const wanted = new Map<number, number>();
  const quiet = new Set<number>();
  for (const range of ranges) {
    const mask = range.channel === 'caller' ? 1 << callerChannel : range.channel === 'assistant' ? 1 << (1 - callerChannel) : 3;
    // A granule's sound spills into the next granule's time (the transform's overlap): silencing from the
    // granule the range starts in to the one before the granule it ends in keeps both edges within one
    // granule — silent from one granule after the start to one before the end, untouched outside.
    const first = Math.floor((range.start * sampleRate + lead - DECODE_LAG) / granuleSamples);
    const last = Math.floor((range.end * sampleRate + lead - DECODE_LAG) / granuleSamples) - 1;
    for (let g = first; g <= last; g++) wanted.set(g, (wanted.get(g) ?? 0) | mask);
    if (last >= first) quiet.add(last);
  }
  const reservoir = new Reservoir();
  const perFrame = samplesPerFrame / granuleSamples;
  const line = options.mode === 'beep' ? beepLine(sampleRate) : null;
  const beepCode = line === null ? null : codeFor(line);
  let streamAt = 0;
  let side = readSideInfo(frame.data);
  for (let index = 0; frame; index++) {
    // The next frame's audio start bounds the room this one's may take.
    const following = next();
    const nextSide = following ? readSideInfo(following.data) : null;
    reservoir.add(frame, side);
    const payload = frame.data.length - side.at - side.length;
    const parts: { gr: number; ch: number; beep: boolean }[] = [];
    for (let gr = 0; gr < side.granules; gr++) {
      const granule = index * perFrame + gr;
      const mask = wanted.get(granule);
      if (!mask) continue;
      for (let ch = 0; ch < side.channels; ch++) {
        if (side.channels === 2 && !side.coupled && !(mask & (1 << ch))) continue;
        // Sides coded together beep in the mid channel only (the side channel silent): both sides hear it.
        parts.push({ gr, ch, beep: beepCode !== null && !quiet.has(granule) && (side.channels === 1 || !side.coupled || ch === 0) });
      }
    }
    if (parts.length) {
      const whole = parts.length === side.granules * side.channels;
      const end = nextSide ? streamAt + payload - nextSide.mainDataBegin : streamAt + payload;
      const room = (end - (streamAt - side.mainDataBegin)) * 8;
      if (!(whole && beepCode && repack(frame, side, parts, beepCode, room, reservoir))) {
        for (const part of parts) redactPart(frame, side, part.gr, part.ch, reservoir, part.beep ? beepCode : null);
      }
      updateCrc(frame.data, side);
    }
    streamAt += payload;
    frame = following;
    if (nextSide) side = nextSide;
  }
  return bytes;
}

interface BeepCode {
  pairs: number;
  bits: string;
}

/** One spectral line with Huffman table 1: (0,0) is "1"; the line's pair is (1,0) "01" or (0,1) "001", then its sign. */
function codeFor(line: number): BeepCode {
  const pairs = Math.floor(line / 2) + 1;
  return { pairs, bits: '1'.repeat(pairs - 1) + (line % 2 ? '0010' : '010') };
}

/**
 * One granule/channel in a frame whose other parts stay: its length kept (the parts after it stay where
 * they are), its fields rewritten, its bits overwritten — a beep's code where it fits, then zeros' code.
 */
function redactPart(frame: Frame, side: SideInfo, gr: number, ch: number, reservoir: Reservoir, beepCode: BeepCode | null): void {
  let offset = 0;
  for (let g = 0; g <= gr; g++) {
    for (let c = 0; c < side.channels; c++) {
      if (g === gr && c === ch) break;
      offset += side.partBits[g]![c]!;
    }
  }
  const length = side.partBits[gr]![ch]!;
  const beep = beepCode !== null && beepCode.bits.length <= length;
  rewriteGranule(frame.data, side, gr, ch, beep ? { pairs: beepCode.pairs, gain: BEEP_GAIN } : null);
  reservoir.fill(side, offset, length, beep ? beepCode.bits : '');
}

/**
 * A frame redacted whole, in beep mode: its parts are laid out anew — each beeping part just long enough
 * for the beep, the silent ones empty — in the room its audio had (and the unused bytes after it, which
 * quiet frames leave plenty of); what is left of its old bits becomes zeros nobody reads. False when the
 * beep does not fit.
 */
function repack(frame: Frame, side: SideInfo, parts: { gr: number; ch: number; beep: boolean }[], code: BeepCode, room: number, reservoir: Reservoir): boolean {
  const used = side.partBits.flat().reduce((a, b) => a + b, 0);
  const needed = parts.filter((p) => p.beep).length * code.bits.length;
  if (needed > Math.max(room, used)) return false;
  let bits = '';
  for (const { gr, ch, beep } of parts) {
    rewriteGranule(frame.data, side, gr, ch, beep ? { pairs: code.pairs, gain: BEEP_GAIN } : null, beep ? code.bits.length : 0);
    if (beep) bits += code.bits;
  }
  reservoir.fill(side, 0, Math.max(used, bits.length), bits, 0);
  return true;
}

/** The frames' coded-audio bytes as one stream (the bit reservoir), back as far as a frame may reach. */
class Reservoir {
  #regions: { start: number; frame: Uint8Array; from: number; length: number }[] = [];
  #total = 0;
  #current = 0;

  add(frame: Frame, side: SideInfo): void {
    const from = side.at + side.length;
    this.#current = this.#total;
    this.#regions.push({ start: this.#total, frame: frame.data, from, length: frame.data.length - from });
    this.#total += frame.data.length - from;
    // A frame's audio starts at most 511 bytes back (a few frames, a dozen at the lowest rates).
    if (this.#regions.length > 32) this.#regions.shift();
  }

  /** Writes `code` then `rest` bits over `length` bits from `offset` bits into the current frame's audio. */
  fill(side: SideInfo, offset: number, length: number, code: string, rest: 0 | 1 = 1): void {
    const begin = (this.#current - side.mainDataBegin) * 8 + offset;
    for (let i = 0; i < length; i++) {
      const bit = begin + i;
      const byte = bit >> 3;
      const region = this.#regions.find((r) => byte >= r.start && byte < r.start + r.length);
      if (!region) throw new PeaksInputError('a frame points before the start of the stream: the file is cut or damaged');
      const value = i < code.length ? Number(code[i]) : rest;
      writeBits(region.frame, (region.from + byte - region.start) * 8 + (bit & 7), 1, value);
    }
  }
}

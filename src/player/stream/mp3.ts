// MPEG audio (Layer III) framing: enough to cut a byte stream into whole frames for a decoder,
// and to resume the stream from the last whole frame after a new signed URL.

export interface FrameHeader {
  /** Bytes in the frame, header included. */
  length: number;
  sampleRate: number;
  channels: 1 | 2;
  samplesPerFrame: number;
}

const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** Reads the 4-byte header at `at`; null when it is not a Layer III frame header. */
export function parseFrameHeader(bytes: Uint8Array, at = 0): FrameHeader | null {
  if (at + 4 > bytes.length) return null;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3; // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5, 1 reserved
  if (version === 1 || ((b1 >> 1) & 3) !== 1) return null; // Layer III only
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null; // free format is not supported
  const sampleRate = RATES[version]![rateIndex]!;
  const v1 = version === 3;
  const kbps = (v1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]!;
  const padding = (b2 >> 1) & 1;
  const length = Math.floor(((v1 ? 144 : 72) * kbps * 1000) / sampleRate) + padding;
  return { length, sampleRate, channels: bytes[at + 3]! >> 6 === 3 ? 1 : 2, samplesPerFrame: v1 ? 1152 : 576 };
}

/** Size of an ID3v2 tag at the start of `bytes`, or 0; null when more bytes are needed to tell. */
export function id3Length(bytes: Uint8Array): number | null {
  if (bytes.length < 10) return bytes.length >= 3 && !(bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) ? 0 : null;
  if (!(bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33)) return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  return 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
}

/** True for the encoder's info frame (Xing/Info/LAME tag), which holds no audio. */
export function isInfoFrame(frame: Uint8Array): boolean {
  for (const at of [13, 21, 36]) {
    const tag = String.fromCharCode(...frame.subarray(at, at + 4));
    if (tag === 'Xing' || tag === 'Info' || tag === 'LAME') return true;
  }
  return false;
}

/**
 * True when what starts at `at` shows that a frame ended just before it: the next frame's header, or
 * an ID3v1 tag ("TAG"), which some encoders append after the last frame.
 */
export function followsFrame(bytes: Uint8Array, at: number): boolean {
  return parseFrameHeader(bytes, at) !== null || (bytes[at] === 0x54 && bytes[at + 1] === 0x41 && bytes[at + 2] === 0x47);
}

export interface Frame {
  data: Uint8Array;
  header: FrameHeader;
  /** Position of the frame's first byte in the whole file. */
  offset: number;
}

/**
 * Cuts pushed chunks into whole frames. Holds at most one partial frame between pushes, so its memory
 * does not grow with the stream. A header only counts when the next header follows where it says, or
 * the stream ends, which skips stray sync bytes inside tags and garbage.
 */
export class FrameSplitter {
  private pending = new Uint8Array(0);
  private pendingOffset: number;
  // A resumed stream starts at a frame's header, where no tag is found either.
  private headerSkipped = false;
  private first: FrameHeader | null = null;

  constructor(startOffset = 0) {
    this.pendingOffset = startOffset;
  }

  /** The file offset just after the last whole frame returned: where a resumed request should start. */
  get resumeOffset(): number {
    return this.pendingOffset;
  }

  push(chunk: Uint8Array, final = false): Frame[] {
    let buf = this.pending.length ? concat(this.pending, chunk) : chunk;
    let base = this.pendingOffset;
    if (!this.headerSkipped) {
      const skip = id3Length(buf);
      // Stryker disable next-line EqualityOperator: equivalent — a buffer that is exactly the tag holds no frame either way
      if (skip === null || skip > buf.length) {
        this.pending = buf.slice();
        return [];
      }
      buf = buf.subarray(skip);
      base += skip;
      // Stryker disable next-line BooleanLiteral: equivalent in practice — looking again only differs where what is held back starts with another tag
      this.headerSkipped = true;
    }
    const frames: Frame[] = [];
    let at = 0;
    // Stryker disable next-line EqualityOperator: equivalent — four bytes left make a header whose frame does not fit
    while (at + 4 <= buf.length) {
      const header = parseFrameHeader(buf, at);
      if (!header || (this.first && (header.sampleRate !== this.first.sampleRate))) {
        at++;
        continue;
      }
      const end = at + header.length;
      if (end > buf.length) break;
      const next = end + 4 <= buf.length && followsFrame(buf, end);
      if (!next && end + 4 <= buf.length) {
        at++; // a false sync: the following bytes are not a frame
        continue;
      }
      if (!next && !final) break; // cannot confirm yet; wait for more bytes
      this.first ??= header;
      frames.push({ data: buf.subarray(at, end), header, offset: base + at });
      at = end;
    }
    const keep = final ? buf.length : at;
    this.pending = final ? new Uint8Array(0) : buf.slice(keep);
    this.pendingOffset = base + keep;
    return frames;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

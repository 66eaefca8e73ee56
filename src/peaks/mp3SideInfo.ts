// Layer III side information: where each granule's coded audio lies in the bit reservoir, and the few
// fields that make a granule decode as silence (or as one steady spectral line: a beep). ISO 11172-3
// and 13818-3 (MPEG-2/2.5 "LSF": one granule per frame, wider scalefactor field).

export interface SideInfo {
  /** MPEG-1: two granules per frame; MPEG-2/2.5: one. */
  granules: 1 | 2;
  channels: 1 | 2;
  /** Bytes back into the reservoir where this frame's coded audio starts. */
  mainDataBegin: number;
  /** Bits of coded audio per [granule][channel], in the order they follow each other. */
  partBits: number[][];
  /** The channels are coded together (mid/side or intensity): one cannot be silenced alone. */
  coupled: boolean;
  /** Where the side information starts in the frame (after the header and any CRC), and its length. */
  at: number;
  length: number;
  crc: boolean;
}

export function readBits(bytes: Uint8Array, bit: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const at = bit + i;
    value = (value << 1) | ((bytes[at >> 3]! >> (7 - (at & 7))) & 1);
  }
  return value;
}

export function writeBits(bytes: Uint8Array, bit: number, count: number, value: number): void {
  for (let i = 0; i < count; i++) {
    const at = bit + i;
    const mask = 1 << (7 - (at & 7));
    if ((value >> (count - 1 - i)) & 1) bytes[at >> 3]! |= mask;
    else bytes[at >> 3]! &= ~mask;
  }
}

interface Layout {
  headerBits: number;
  blockBits: number;
  /** Offsets in a granule/channel block. */
  bigValues: number;
  globalGain: number;
  scalefacCompress: [offset: number, bits: number];
  windowSwitching: number;
  tail: number[];
}

const MPEG1: Layout = { headerBits: 0, blockBits: 59, bigValues: 12, globalGain: 21, scalefacCompress: [29, 4], windowSwitching: 33, tail: [56, 57, 58] };
const LSF: Layout = { headerBits: 0, blockBits: 63, bigValues: 12, globalGain: 21, scalefacCompress: [29, 9], windowSwitching: 38, tail: [61, 62] };

function layoutOf(frame: Uint8Array): { layout: Layout; mpeg1: boolean; channels: 1 | 2; headerBits: number } {
  const mpeg1 = ((frame[1]! >> 3) & 3) === 3;
  const channels = frame[3]! >> 6 === 3 ? 1 : 2;
  const headerBits = mpeg1 ? 9 + (channels === 1 ? 5 : 3) + 4 * channels : 8 + (channels === 1 ? 1 : 2);
  return { layout: mpeg1 ? MPEG1 : LSF, mpeg1, channels, headerBits };
}

export function readSideInfo(frame: Uint8Array): SideInfo {
  const { layout, mpeg1, channels, headerBits } = layoutOf(frame);
  const crc = (frame[1]! & 1) === 0;
  const at = 4 + (crc ? 2 : 0);
  const granules = mpeg1 ? 2 : 1;
  const length = Math.ceil((headerBits + granules * channels * layout.blockBits) / 8);
  const base = at * 8;
  const partBits: number[][] = [];
  for (let gr = 0; gr < granules; gr++) {
    partBits.push([]);
    for (let ch = 0; ch < channels; ch++) partBits[gr]!.push(readBits(frame, base + headerBits + (gr * channels + ch) * layout.blockBits, 12));
  }
  const mode = frame[3]! >> 6;
  const extension = (frame[3]! >> 4) & 3;
  return { granules, channels, mainDataBegin: readBits(frame, base, mpeg1 ? 9 : 8), partBits, coupled: mode === 1 && extension !== 0, at, length, crc };
}

/** The spectral line a beep sits on: about 1 kHz. */
export function beepLine(sampleRate: number): number {
  return Math.round(1000 / (sampleRate / 2 / 576));
}

/**
 * Rewrites one granule/channel's fields so its coded bits (kept at their length, so the parts after it
 * stay where they are) are read as: no scalefactors, no big values or `beepPairs` of them with table 1,
 * and quadruples of zeros from count1 table A (code "1") for the rest.
 */
export function rewriteGranule(frame: Uint8Array, info: SideInfo, gr: number, ch: number, beep: { pairs: number; gain: number } | null, partBits?: number): void {
  const { layout, mpeg1, channels, headerBits } = layoutOf(frame);
  const block = info.at * 8 + headerBits + (gr * channels + ch) * layout.blockBits;
  if (partBits !== undefined) writeBits(frame, block, 12, partBits);
  writeBits(frame, block + layout.bigValues, 9, beep ? beep.pairs : 0);
  writeBits(frame, block + layout.globalGain, 8, beep ? beep.gain : 0);
  writeBits(frame, block + layout.scalefacCompress[0], layout.scalefacCompress[1], 0);
  writeBits(frame, block + layout.windowSwitching, 1, 0);
  // table_select ×3 (table 1 for a beep), region0_count 15, region1_count 7: one table for all lines.
  const table = beep ? 1 : 0;
  writeBits(frame, block + layout.windowSwitching + 1, 22, (table << 17) | (table << 12) | (table << 7) | (15 << 3) | 7);
  for (const offset of layout.tail) writeBits(frame, block + offset, 1, 0);
  // Granule 1 may reuse granule 0's scalefactors (scfsi): it must not.
  if (mpeg1) writeBits(frame, info.at * 8 + 9 + (channels === 1 ? 5 : 3) + 4 * ch, 4, 0);
}

/** CRC-16 (0x8005) over the header's last two bytes and the side information, when the frame carries one. */
export function updateCrc(frame: Uint8Array, info: SideInfo): void {
  if (!info.crc) return;
  let crc = 0xffff;
  const feed = (byte: number) => {
    for (let i = 7; i >= 0; i--) {
      const bit = ((byte >> i) & 1) ^ ((crc >> 15) & 1);
      crc = (crc << 1) & 0xffff;
      if (bit) crc ^= 0x8005;
    }
  };
  feed(frame[2]!);
  feed(frame[3]!);
  for (let i = 0; i < info.length; i++) feed(frame[info.at + i]!);
  frame[4] = crc >> 8;
  frame[5] = crc & 0xff;
}

// A whole MP3 in one buffer (read once: no second copy), and its frames one at a time as views into it,
// so that an hour of audio costs its bytes and nothing per frame that stays.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { followsFrame, id3Length, parseFrameHeader, type FrameHeader } from '../player/stream/mp3.js';
import { chunksOf, type PeaksSource } from './sources.js';

export async function wholeFile(source: PeaksSource): Promise<Uint8Array> {
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent — the stream path below copies bytes too
  if (source instanceof Uint8Array) return source.slice();
  if (typeof source === 'string' || source instanceof URL) {
    // The Buffer's own memory, viewed: copying an hour of 128 kbps audio would cost another 58 MB.
    const read = await readFile(source instanceof URL ? fileURLToPath(source) : source);
    return new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  }
  // A stream: its chunks, then one buffer (the chunks go as soon as they are copied).
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunksOf(source)) {
    chunks.push(chunk);
    total += chunk.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i]!, at);
    at += chunks[i]!.length;
    chunks[i] = new Uint8Array(0);
  }
  return out;
}

export interface FrameView {
  data: Uint8Array;
  header: FrameHeader;
}

/**
 * The Layer III frames of a whole file, in order, as views (writes go to the file). A header counts when
 * the next one follows where it says or the file ends, and the sample rate holds, as FrameSplitter reads.
 */
export function* mp3Frames(bytes: Uint8Array): Generator<FrameView> {
  let at = id3Length(bytes) ?? 0;
  let rate = 0;
  while (at + 4 <= bytes.length) {
    const header = parseFrameHeader(bytes, at);
    if (!header || (rate && header.sampleRate !== rate)) {
      at++;
      continue;
    }
    const end = at + header.length;
    if (end > bytes.length) return;
    if (end + 4 <= bytes.length && !followsFrame(bytes, end)) {
      at++;
      continue;
    }
    rate = header.sampleRate;
    yield { data: bytes.subarray(at, end), header };
    at = end;
  }
}

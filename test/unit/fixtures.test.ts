import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CALLS } from '../../src/adapter/fixtures/transcripts';

// MPEG audio frame header: channel mode is bits 6-7 of the fourth byte; 3 means mono.
function firstFrameHeader(bytes: Uint8Array) {
  let i = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    i = 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!);
  }
  while (i < bytes.length - 4 && !(bytes[i] === 0xff && (bytes[i + 1]! & 0xe0) === 0xe0)) i++;
  return { offset: i, channelMode: bytes[i + 3]! >> 6 };
}

describe.each(['short', 'long'] as const)('the %s fixture', (name) => {
  const bytes = new Uint8Array(readFileSync(join(process.cwd(), `src/adapter/fixtures/call-${name}.mp3`)));
  const call = FIXTURE_CALLS[name];

  it('is a stereo MP3', () => {
    const header = firstFrameHeader(bytes);
    expect(header.offset).toBeLessThan(bytes.length - 4);
    expect(header.channelMode).not.toBe(3);
  });

  it('has alternating caller and assistant turns inside its duration', () => {
    expect(new Set(call.turns.map((t) => t.speaker))).toEqual(new Set(['caller', 'assistant']));
    for (const [i, turn] of call.turns.entries()) {
      expect(turn.endSeconds!).toBeGreaterThan(turn.startSeconds);
      expect(turn.endSeconds!).toBeLessThanOrEqual(call.durationSeconds);
      if (i > 0) expect(turn.startSeconds).toBeGreaterThanOrEqual(call.turns[i - 1]!.endSeconds!);
    }
  });
});

it('the fixtures are about 20 seconds and 3 minutes long', () => {
  expect(FIXTURE_CALLS.short.durationSeconds).toBeGreaterThan(15);
  expect(FIXTURE_CALLS.short.durationSeconds).toBeLessThan(30);
  expect(FIXTURE_CALLS.long.durationSeconds).toBeGreaterThan(150);
  expect(FIXTURE_CALLS.long.durationSeconds).toBeLessThan(240);
});

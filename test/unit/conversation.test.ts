import { describe, expect, it } from 'vitest';
import { adjacentTurn, turnIndexAt } from '../../src/player/conversation';
import { analyzeConversation } from '../../src/analysis/analyzeConversation';
import { gaps, intersection, sliceLevels, speechFloor, speechRanges, union } from '../../src/analysis/speech';
import type { TranscriptTurn } from '../../src/types';

/** Peaks at 10 buckets a second, loud (0.8) where `speaking` says, quiet (0.01) elsewhere. */
function lane(duration: number, speaking: [number, number][]): Float32Array {
  const buckets = duration * 10;
  const out = new Float32Array(buckets * 2);
  for (let b = 0; b < buckets; b++) {
    const t = b / 10;
    const v = speaking.some(([s, e]) => t >= s && t < e) ? 0.8 : 0.01;
    out[b * 2] = v;
    out[b * 2 + 1] = -v;
  }
  return out;
}

describe('conversation regions (synthetic lanes, exact edges)', () => {
  it('finds where both talk at once and where nobody talks for long', () => {
    const caller = lane(20, [[0, 3], [10, 12]]);
    const assistant = lane(20, [[2.5, 6], [12, 14]]);
    const { overlaps, silences, interruptions } = analyzeConversation([caller, assistant], { durationSeconds: 20 });
    expect(overlaps).toEqual([{ start: 2.5, end: 3 }]);
    expect(silences).toEqual([{ start: 6, end: 10 }, { start: 14, end: 20 }]);
    expect(interruptions).toEqual([{ by: 'assistant', at: 2.5, talkedOnSeconds: 0.5, replayFrom: 0.5 }]);
  });

  it('ignores short overlaps and short pauses, and bridges gaps between words', () => {
    const caller = lane(10, [[0, 2], [2.2, 4]]); // a 0.2 s pause inside one turn
    const assistant = lane(10, [[3.9, 6]]); // 0.1 s of overlap: too short to be an interruption
    const analysis = analyzeConversation([caller, assistant], { durationSeconds: 10 });
    expect(analysis.speech.caller).toEqual([{ start: 0, end: 4 }]);
    expect(analysis.overlaps).toEqual([]);
    expect(analysis.interruptions).toEqual([]);
    expect(analysis.silences).toEqual([{ start: 6, end: 10 }]);
  });

  it('reads a response from where the caller stops to where the assistant starts', () => {
    const caller = lane(10, [[0.5, 3]]);
    const assistant = lane(10, [[3.8, 6]]);
    expect(analyzeConversation([caller, assistant], { durationSeconds: 10 }).responses).toEqual([{ turnIndex: null, callerEnd: 3, assistantStart: 3.8, seconds: 0.8, slow: false }]);
  });

  it('is empty for silence everywhere', () => {
    const analysis = analyzeConversation([new Float32Array(200), new Float32Array(200)], { durationSeconds: 5 });
    expect(analysis.overlaps).toEqual([]);
    expect(analysis.silences).toEqual([{ start: 0, end: 5 }]);
    expect(analysis.talkShare).toEqual({ caller: 0, assistant: 0, overlap: 0, silence: 1 });
  });
});

describe('speech ranges and range algebra', () => {
  it.each([
    { ranges: [], duration: 5, gaps: [{ start: 0, end: 5 }] },
    { ranges: [{ start: 1, end: 2 }], duration: 5, gaps: [{ start: 0, end: 1 }, { start: 2, end: 5 }] },
    { ranges: [{ start: 0, end: 2 }, { start: 1, end: 5 }], duration: 5, gaps: [] },
  ])('gaps of $ranges in $duration s', ({ ranges, duration, gaps: expected }) => {
    expect(gaps(ranges, duration)).toEqual(expected);
  });

  it('unions and intersects sorted ranges', () => {
    const a = [{ start: 0, end: 2 }, { start: 4, end: 6 }];
    const b = [{ start: 1, end: 3 }, { start: 5, end: 7 }];
    expect(union(a, b)).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
    expect(intersection(a, b)).toEqual([{ start: 1, end: 2 }, { start: 5, end: 6 }]);
  });

  it('sets the floor from the channel\'s own noise: a noisy line and a quiet one find the same speech', () => {
    const quiet = lane(10, [[2, 4]]);
    const noisy = Float32Array.from(quiet, (v) => (Math.abs(v) < 0.1 ? Math.sign(v || 1) * 0.15 : v));
    expect(speechRanges(quiet, 0.1)).toEqual([{ start: 2, end: 4 }]);
    expect(speechRanges(noisy, 0.1)).toEqual([{ start: 2, end: 4 }]);
    expect(speechFloor(sliceLevels(noisy))).toBeGreaterThan(0.15);
  });

  it('drops clicks shorter than the minimum speech', () => {
    expect(speechRanges(lane(10, [[2, 2.1], [5, 7]]), 0.1)).toEqual([{ start: 5, end: 7 }]);
  });
});

describe('turn navigation', () => {
  const turns: TranscriptTurn[] = [
    { speaker: 'assistant', text: 'a', startSeconds: 0.3 },
    { speaker: 'caller', text: 'b', startSeconds: 5 },
    { speaker: 'assistant', text: 'c', startSeconds: 9.5 },
  ];
  it.each([
    [0, 1, 0.3],
    [0.3, 1, 5],
    [6, 1, 9.5],
    [9.5, 1, null],
    [7, -1, 5],
    [5.5, -1, 0.3], // within a second of the turn's start: the one before
    [0.5, -1, null],
    [4.95, 1, 9.5], // 50 ms before a turn counts as at it: Next goes on to the one after
    [4.94, 1, 5],
    [6.01, -1, 5], // past the first second of a turn: back to its start
    [6, -1, 0.3],
  ] as const)('from %f s, direction %i goes to %s', (time, direction, to) => {
    expect(adjacentTurn(turns, time, direction)).toBe(to);
  });

  it.each([[0, -1], [0.3, 0], [6, 1], [100, 2], [4.95, 1], [4.94, 0]])('at %f s the turn playing is #%i', (time, index) => {
    expect(turnIndexAt(turns, time)).toBe(index);
  });
});

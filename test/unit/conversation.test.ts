import { describe, expect, it } from 'vitest';
import { adjacentTurn, conversationRegions, speechActivity, turnIndexAt } from '../../src/player/conversation';
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

describe('conversation regions', () => {
  it('finds where both talk at once and where nobody talks for long', () => {
    const caller = lane(20, [[0, 3], [10, 12]]);
    const assistant = lane(20, [[2.5, 6], [12, 14]]);
    const { overlaps, silences } = conversationRegions([caller, assistant], 20);
    expect(overlaps).toEqual([{ start: 2.5, end: 3 }]);
    expect(silences).toEqual([{ start: 6, end: 10 }, { start: 14, end: 20 }]);
  });

  it('ignores short overlaps and short pauses, and bridges gaps between words', () => {
    const caller = lane(10, [[0, 2], [2.2, 4]]); // a 0.2 s pause inside one turn
    const assistant = lane(10, [[3.8, 6]]); // 0.2 s of overlap: a backchannel, not a barge-in
    const activity = speechActivity(caller, 0.1);
    expect(activity.slice(0, 40).every((v) => v === 1)).toBe(true);
    expect(conversationRegions([caller, assistant], 10)).toEqual({ overlaps: [], silences: [{ start: 6, end: 10 }] });
  });

  it('reports no overlaps for a mono file, whose lanes are the same signal', () => {
    const both = lane(10, [[0, 5]]);
    expect(conversationRegions([both, both], 10, 1).overlaps).toEqual([]);
  });

  it('is empty for silence everywhere or no peaks', () => {
    expect(conversationRegions([new Float32Array(200), new Float32Array(200)], 5)).toEqual({ overlaps: [], silences: [{ start: 0, end: 5 }] });
    expect(conversationRegions([new Float32Array(0), new Float32Array(0)], 0)).toEqual({ overlaps: [], silences: [] });
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
  ] as const)('from %f s, direction %i goes to %s', (time, direction, to) => {
    expect(adjacentTurn(turns, time, direction)).toBe(to);
  });

  it.each([[0, -1], [0.3, 0], [6, 1], [100, 2]])('at %f s the turn playing is #%i', (time, index) => {
    expect(turnIndexAt(turns, time)).toBe(index);
  });
});

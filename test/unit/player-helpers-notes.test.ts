// @vitest-environment node
// Pure helpers behind notes, lanes at fit and skipping silences, at their edges.
import { describe, expect, it } from 'vitest';
import { dragRange, MIN_RANGE_SECONDS, moveEdge, noteRange } from '../../src/player/features/notes/noteRange';
import { noteRows } from '../../src/player/features/notes/noteRows';
import { talkDensity } from '../../src/player/envelope';
import { silenceJump } from '../../src/player/features/skip-silences/silenceSkipping';

describe('the range of a note made from the keyboard or a drag', () => {
  it.each([
    [null, null, 7, { start: 7 }],
    [3, null, 7, { start: 3, end: 7 }],
    [9, null, 7, { start: 7, end: 9 }],
    [null, 9, 7, { start: 7, end: 9 }],
    [null, 5, 7, { start: 5 }],
    [2, 6, 40, { start: 2, end: 6 }],
    [6, 2, 40, { start: 2, end: 6 }],
    [3, 3.1, 0, { start: 3, end: 3.1 }],
    [3, 3.09, 0, { start: 3 }],
    [0, null, 0, { start: 0 }],
  ])('marked in at %s and out at %s with the playhead at %s: %j', (markIn, markOut, now, range) => {
    expect(noteRange(markIn, markOut, now)).toEqual(range);
  });

  it('is the span dragged, in either direction', () => {
    expect(dragRange(4, 9)).toEqual({ start: 4, end: 9 });
    expect(dragRange(9, 4)).toEqual({ start: 4, end: 9 });
    expect(dragRange(4, 4.05)).toEqual({ start: 4 });
  });

  it.each([
    ['start', 2, 60, { start: 2, end: 10 }],
    ['start', -3, 60, { start: 0, end: 10 }],
    ['start', 12, 60, { start: 10 - MIN_RANGE_SECONDS, end: 10 }],
    ['end', 30, 60, { start: 5, end: 30 }],
    ['end', 90, 60, { start: 5, end: 60 }],
    ['end', 1, 60, { start: 5, end: 5 + MIN_RANGE_SECONDS }],
    ['end', 90, 0, { start: 5, end: 90 }],
    ['end', 90, Number.NaN, { start: 5, end: 90 }],
  ] as const)('moving its %s to %s in a %s-second call', (edge, to, duration, range) => {
    expect(moveEdge({ start: 5, end: 10 }, edge, to, duration)).toEqual(range);
  });
});

describe('rows of notes that overlap', () => {
  it('gives each note the first row free at its start, a moment as wide as the minimum, ties in the order given', () => {
    const { rows, count } = noteRows([{ start: 0, end: 10 }, { start: 5 }, { start: 10 }, { start: 5.5 }, { start: 6 }], 1);
    expect(rows).toEqual([0, 1, 0, 2, 1]);
    expect(count).toBe(3);
  });

  it('puts a note that starts where another ends on the same row', () => {
    expect(noteRows([{ start: 2, end: 4 }, { start: 4, end: 6 }], 0.5)).toEqual({ rows: [0, 0], count: 1 });
    expect(noteRows([{ start: 2, end: 4 }, { start: 3.99, end: 6 }], 0.5)).toEqual({ rows: [0, 1], count: 2 });
    expect(noteRows([{ start: 4, end: 6 }, { start: 4, end: 5 }], 0.5)).toEqual({ rows: [0, 1], count: 2 });
    expect(noteRows([], 1)).toEqual({ rows: [], count: 0 });
  });

  it('keeps a note whose end is before its start one moment wide', () => {
    expect(noteRows([{ start: 5, end: 1 }, { start: 5.5 }], 1).rows).toEqual([0, 1]);
    expect(noteRows([{ start: 5, end: 1 }, { start: 6 }], 1).rows).toEqual([0, 0]);
  });
});

describe('talk density at fit', () => {
  it('is the share of each column whose level reaches the floor', () => {
    const levels = [0, 0.5, 0.5, 0.5, 0.1, 0, 0.2, 0.2];
    expect(Array.from(talkDensity(levels, 4, 0.2))).toEqual([0.5, 1, 0, 1]);
    expect(Array.from(talkDensity(levels, 2, 0.5))).toEqual([0.75, 0]);
  });

  it('gives a column at least one slice when there are more columns than slices', () => {
    expect(Array.from(talkDensity([1, 0], 4, 0.5))).toEqual([1, 1, 0, 0]);
  });

  it('is empty with no columns, and silent with no levels', () => {
    expect(talkDensity([1, 1], 0, 0.5)).toHaveLength(0);
    expect(talkDensity([1, 1], -2, 0.5)).toHaveLength(0);
    expect(Array.from(talkDensity([], 3, 0.5))).toEqual([0, 0, 0]);
  });
});

describe('where skipping a silence jumps', () => {
  const silences = [{ start: 10, end: 20 }, { start: 30, end: 40 }];
  it.each([
    [9, null], [10, null], [10.24, null], [10.25, 19.75], [15, 19.75], [19.69, 19.75], [19.7, null], [25, null], [30.25, 39.75], [45, null],
  ])('from %s s: %s', (time, to) => {
    expect(silenceJump(silences, time)).toBe(to);
  });

  it('keeps what it is told to of each edge', () => {
    expect(silenceJump(silences, 11, 2)).toBe(19);
    expect(silenceJump(silences, 10.9, 2)).toBeNull();
  });
});

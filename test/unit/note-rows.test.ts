import { describe, expect, it } from 'vitest';
import { noteRows } from '../../src/player/features/notes/noteRows';

describe('noteRows', () => {
  it.each([
    ['nothing', [], 1, [], 0],
    ['apart: one row', [{ start: 0, end: 2 }, { start: 3, end: 4 }], 0.5, [0, 0], 1],
    ['overlapping ranges: a row each', [{ start: 0, end: 5 }, { start: 1, end: 2 }, { start: 1.5, end: 6 }], 0.1, [0, 1, 2], 3],
    ['a row is reused once free', [{ start: 0, end: 2 }, { start: 1, end: 3 }, { start: 2.5, end: 4 }], 0.1, [0, 1, 0], 2],
    ['moments closer than their width stack', [{ start: 1 }, { start: 1.2 }, { start: 1.6 }, { start: 3 }], 0.5, [0, 1, 0, 0], 2],
    ['five notes in one second: five rows', [0, 0.2, 0.4, 0.6, 0.8].map((s) => ({ start: 10 + s, end: 11 })), 0.1, [0, 1, 2, 3, 4], 5],
    ['order given is kept, rows by time', [{ start: 5, end: 6 }, { start: 0, end: 10 }], 0.1, [1, 0], 2],
  ])('%s', (_name, notes, minSeconds, rows, count) => {
    expect(noteRows(notes, minSeconds)).toEqual({ rows, count });
  });
});

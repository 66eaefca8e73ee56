import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/call-log/columns';
import { rowWindow, scrollOffsetFor } from '../../src/call-log/useRowWindow';

describe('rowWindow', () => {
  it.each([
    ['top of a long list', 0, 440, 100_000, { start: 0, end: 17 }],
    ['scrolled mid-way', 44_000, 440, 100_000, { start: 992, end: 1017 }],
    ['the very end', 100_000 * 44 - 440, 440, 100_000, { start: 99_982, end: 99_999 }],
    ['fewer rows than fit', 0, 440, 3, { start: 0, end: 2 }],
    ['no rows', 0, 440, 0, { start: 0, end: -1 }],
    ['overscrolled (elastic)', -30, 440, 50, { start: 0, end: 17 }],
  ])('%s', (_name, scrollTop, viewport, count, expected) => {
    expect(rowWindow(scrollTop, viewport, 44, count, 8)).toEqual(expected);
  });
});

describe('scrollOffsetFor', () => {
  it.each([
    ['already visible', 3, 0, 484, null],
    ['above the view', 2, 440, 484, 88],
    ['below the view, under a 44 px header', 20, 0, 484, 20 * 44 + 44 - 440],
  ])('%s', (_name, index, scrollTop, viewport, expected) => {
    expect(scrollOffsetFor(index, scrollTop, viewport, 44, 44)).toBe(expected);
  });
});

describe('fitColumns', () => {
  const all = ['startedAt', 'direction', 'from', 'to', 'assistant', 'status', 'duration', 'cost', 'recording'] as const;
  it.each([
    ['unmeasured (0): all', 0, [...all]],
    ['wide enough: all', 1200, [...all]],
    ['the split layout at 1440 px (~810 px)', 810, ['startedAt', 'from', 'assistant', 'status', 'duration', 'recording']],
    ['a phone', 360, ['startedAt', 'status']],
    ['narrower than any column: the first priority stays', 50, ['startedAt']],
  ] as const)('%s', (_name, width, expected) => {
    expect(fitColumns(all, width)).toEqual(expected);
  });
});

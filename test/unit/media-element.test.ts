// The media element's plain facts: where a seek lands, and when a new position is worth telling.
import { describe, expect, it } from 'vitest';
import { seekTarget, TIME_EVERY_MS, worthTelling } from '../../src/player/engine/mediaElement';

describe('seekTarget', () => {
  it.each([
    [30, 60, 30], [-5, 60, 0], [90, 60, 60], [90, 0, 90], [90, Number.NaN, 90], [-1, Number.POSITIVE_INFINITY, 0],
  ])('seek to %s with duration %s lands at %s', (seconds, duration, expected) => {
    expect(seekTarget(seconds, duration)).toBe(expected);
  });
});

describe('worthTelling', () => {
  it.each([
    [0.01, 'pause', 1_000, false, 'a stand-still'],
    [0.3, 'pause', 10, true, 'paused: every move'],
    [0.3, 'play', TIME_EVERY_MS - 1, false, 'playing: not more than a few times a second'],
    [0.3, 'play', TIME_EVERY_MS, true, 'playing: once the interval has passed'],
    [5, 'play', 10, true, 'a jump: at once'],
  ] as [number, 'play' | 'pause', number, boolean, string][])('%s s moved while %s, %s ms after the last: %s (%s)', (moved, intent, since, expected) => {
    expect(worthTelling(moved, intent, since)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { describeDuration, fillMessage, formatClock } from '../../src/format';

describe('formatClock', () => {
  it.each([
    [0, '0:00'], [5.9, '0:05'], [65, '1:05'], [599, '9:59'], [3599, '59:59'], [3600, '1:00:00'], [7325, '2:02:05'],
    [-3, '0:00'], [Number.NaN, '0:00'], [Number.POSITIVE_INFINITY, '0:00'],
  ])('%d s reads %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });
});

describe('describeDuration', () => {
  it.each([
    [0, '0 seconds'], [1, '1 second'], [65, '1 minute 5 seconds'], [240, '4 minutes'], [3725, '1 hour 2 minutes 5 seconds'],
  ])('%d s is "%s"', (seconds, text) => {
    expect(describeDuration(seconds, 'en')).toBe(text);
  });

  it('speaks the locale', () => {
    expect(describeDuration(65, 'de')).toBe('1 Minute 5 Sekunden');
  });
});

it('fills message placeholders and leaves unknown ones', () => {
  expect(fillMessage('{current} of {total} {x}', { current: 'a', total: 'b' })).toBe('a of b {x}');
});

import { describe, expect, it } from 'vitest';
import { axisSteps } from '../../src/player/zoom';

describe('axisSteps', () => {
  it.each([
    // px per second → a label every … s (≥ 56 px apart), ticks between
    ['an 18-s call in 600 px', 600 / 18, { label: 2, tick: 1 }],
    ['a 3-min call in 600 px', 600 / 189, { label: 30, tick: 15 }],
    ['an hour in 900 px', 900 / 3600, { label: 300, tick: 150 }],
    ['an hour in 360 px', 360 / 3600, { label: 600, tick: 300 }],
    ['an hour zoomed to 200 px/s', 200, { label: 1, tick: 0.5 }],
    ['ten hours in 280 px', 280 / 36_000, { label: 7200, tick: 3600 }],
  ] as const)('%s', (_name, pxPerSecond, steps) => {
    expect(axisSteps(pxPerSecond)).toEqual(steps);
  });

  it('keeps labels at least the minimum apart at any scale', () => {
    for (let pps = 0.001; pps < 500; pps *= 1.37) {
      const { label, tick } = axisSteps(pps);
      if (label < 14_400) expect(label * pps).toBeGreaterThanOrEqual(56);
      expect(tick).toBe(label / 2);
    }
  });
});

// @vitest-environment node
// The player's small pure helpers at their edges: what is buffered, what a media error means, which
// events share a marker, zoom levels and axis spacing, and moving between turns.
import { describe, expect, it } from 'vitest';
import { holdsWhole, secondsAhead } from '../../src/player/engine/buffered';
import { mediaErrorMeaning } from '../../src/player/engine/mediaErrors';
import { clusterEvents } from '../../src/player/features/events/eventClusters';
import { axisSteps, stepZoom, zoomLevels } from '../../src/player/zoom';
import { adjacentTurn, turnIndexAt } from '../../src/player/conversation';
import type { CallEvent, TranscriptTurn } from '../../src/types';

const ranges = (...list: [number, number][]): TimeRanges => ({ length: list.length, start: (i: number) => list[i]![0], end: (i: number) => list[i]![1] });

describe('what the media element holds', () => {
  it.each([
    [5, 5], [10, 0], [15, 0], [19.95, 10.05], [19.85, 0], [29.99, 0.01], [30, 0],
  ])('at %s s, %s s are buffered ahead', (time, ahead) => {
    expect(secondsAhead(ranges([0, 10], [20, 30]), time)).toBeCloseTo(ahead, 9);
  });

  it('has nothing ahead with nothing buffered', () => {
    expect(secondsAhead(ranges(), 3)).toBe(0);
  });

  it.each([
    [[[0, 60]], 60, true], [[[0.1, 59.9]], 60, true], [[[0.11, 60]], 60, false], [[[0, 59.89]], 60, false],
    [[[0, 30], [30, 60]], 60, false], [[], 60, false], [[[0, 60]], Infinity, false], [[[0, 60]], Number.NaN, false],
  ] as [[number, number][], number, boolean][])('holds the whole recording with %j of %s s: %s', (list, duration, whole) => {
    expect(holdsWhole(ranges(...list), duration)).toBe(whole);
  });

  it.each([[1, 'ignore'], [2, 'maybe-refused'], [3, 'unplayable'], [4, 'maybe-refused'], [undefined, 'maybe-refused']] as const)(
    'a media error of code %s means %s', (code, meaning) => {
      expect(mediaErrorMeaning(code)).toBe(meaning);
    },
  );
});

describe('events that share a marker', () => {
  const at = (atSeconds: number): CallEvent => ({ type: 'tool-call', label: `at ${atSeconds}`, atSeconds });

  it('puts events closer than the gap on one marker at the first one, measured from it, in time order', () => {
    const clusters = clusterEvents([at(5), at(1), at(0.5), at(0)], 10, 8);
    expect(clusters.map((c) => [c.atSeconds, c.events.map((e) => e.atSeconds)])).toEqual([[0, [0, 0.5]], [1, [1]], [5, [5]]]);
  });

  it('keeps events exactly the gap apart on markers of their own', () => {
    expect(clusterEvents([at(0), at(0.8)], 10, 8)).toHaveLength(2);
    expect(clusterEvents([at(0), at(0.79)], 10, 8)).toHaveLength(1);
    expect(clusterEvents([], 10, 8)).toEqual([]);
  });
});

describe('zoom and the time axis', () => {
  it.each([
    [10, [1, 2, 4, 8, 16]], [100, [1, 2]], [200, [1]], [300, [1]], [0.001, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]],
  ])('zoom levels where the call fits at %s px/s: %j', (fit, levels) => {
    expect(zoomLevels(fit)).toEqual(levels);
  });

  it.each([
    [1, 1, 2], [5, 1, 8], [16, 1, 16], [3, -1, 2], [2, -1, 1], [1, -1, 1], [16, -1, 8],
  ] as const)('from %s, a step %s goes to %s', (current, direction, next) => {
    expect(stepZoom(current, direction, 10)).toBe(next);
  });

  it.each([
    [56, 56, 1], [28, 56, 2], [27.9, 56, 5], [1, 56, 60], [0.001, 56, 14_400], [0, 56, 14_400], [10, 100, 10],
  ])('at %s px/s with labels %s px apart, a label every %s s and a tick between', (pxPerSecond, minLabelPx, label) => {
    expect(axisSteps(pxPerSecond, minLabelPx)).toEqual({ label, tick: label / 2 });
  });

  it('keeps labels 56 px apart unless told', () => {
    expect(axisSteps(28)).toEqual({ label: 2, tick: 1 });
  });
});

describe('moving between turns', () => {
  const turns = [10, 0, 5].map((startSeconds): TranscriptTurn => ({ speaker: 'caller', text: `${startSeconds}`, startSeconds }));

  it.each([
    [4.94, 1, 5], [4.96, 1, 10], [10, 1, null], [-1, 1, 0],
    [10.5, -1, 5], [11.01, -1, 10], [11, -1, 5], [0.5, -1, null],
  ] as const)('from %s s, direction %s goes to %s', (time, direction, to) => {
    expect(adjacentTurn(turns, time, direction)).toBe(to);
  });

  it.each([[7, 2], [4.96, 2], [4.9, 1], [0, 1], [-0.1, -1], [100, 0]])('at %s s the turn playing is #%s (in the order given)', (time, index) => {
    expect(turnIndexAt(turns, time)).toBe(index);
  });

  it('of two turns that start together, the later in the list is playing', () => {
    const same = [0, 5, 5].map((startSeconds, i): TranscriptTurn => ({ speaker: 'caller', text: `${i}`, startSeconds }));
    expect(turnIndexAt(same, 6)).toBe(2);
    expect(turnIndexAt([], 6)).toBe(-1);
  });
});

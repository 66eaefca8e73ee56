// Pure pieces of the call-review UI: where skipping jumps, which events share a marker, which word is
// spoken, which turn an event goes under, and the words for an event's type.
import { describe, expect, it } from 'vitest';
import { DE_MESSAGES, EN_MESSAGES, type CallEvent, type TranscriptTurn } from '../../src';
import { silenceJump } from '../../src/player/features/skip-silences/silenceSkipping';
import { clusterEvents } from '../../src/player/features/events/eventClusters';
import { eventsByTurn, wordIndexAt } from '../../src/call-detail/transcript';
import { eventTypeText, formatSeconds, formatShare } from '../../src/format';

describe('silenceJump', () => {
  const silences = [{ start: 3, end: 9 }, { start: 20, end: 22.5 }];
  it.each([
    [2.9, null], // still speech
    [3.1, null], // the first quarter second of a silence is kept
    [3.25, 8.75],
    [6, 8.75],
    [8.7, null], // already within the kept end
    [8.75, null],
    [21, 22.25],
    [30, null],
  ])('from %f s → %s', (time, to) => {
    expect(silenceJump(silences, time)).toBe(to);
  });
});

describe('clusterEvents', () => {
  const event = (atSeconds: number, label = `e${atSeconds}`): CallEvent => ({ type: 'tool-call', label, atSeconds });
  it.each([
    { name: 'far apart: one marker each', events: [event(10), event(30)], pxPerSecond: 3, clusters: [[10], [30]] },
    { name: 'closer than a target: one marker', events: [event(32.2), event(32.4)], pxPerSecond: 3, clusters: [[32.2, 32.4]] },
    { name: 'zoomed in, the same two part', events: [event(32.2), event(32.4)], pxPerSecond: 200, clusters: [[32.2], [32.4]] },
    { name: 'a chain measures from the cluster\'s first', events: [event(1), event(5), event(9)], pxPerSecond: 4, clusters: [[1, 5], [9]] },
    { name: 'unsorted input', events: [event(9), event(1)], pxPerSecond: 10, clusters: [[1], [9]] },
  ])('$name', ({ events, pxPerSecond, clusters }) => {
    expect(clusterEvents(events, pxPerSecond, 24).map((c) => c.events.map((e) => e.atSeconds))).toEqual(clusters);
  });
});

describe('wordIndexAt', () => {
  const words = [
    { text: 'Hello', startSeconds: 1, endSeconds: 1.4 },
    { text: 'there', startSeconds: 1.5, endSeconds: 1.9 },
  ];
  it.each([[0.5, -1], [1, 0], [1.45, 0], [1.5, 1], [2.3, 1], [2.5, -1]])('at %f s → word %i', (t, index) => {
    expect(wordIndexAt(words, t)).toBe(index);
  });
});

describe('eventsByTurn', () => {
  const turns: TranscriptTurn[] = [
    { speaker: 'assistant', text: 'a', startSeconds: 1 },
    { speaker: 'caller', text: 'b', startSeconds: 5 },
    { speaker: 'assistant', text: 'c', startSeconds: 9 },
  ];
  it('puts each event under the turn it happened in; before the first turn, under the first', () => {
    const at = (atSeconds: number): CallEvent => ({ type: 'hold', label: String(atSeconds), atSeconds });
    const grouped = eventsByTurn(turns, [at(0.2), at(5), at(7), at(30)]);
    expect(grouped.map((g) => g?.map((e) => e.atSeconds))).toEqual([[0.2], [5, 7], [30]]);
    expect(eventsByTurn([], [at(1)])).toEqual([]);
  });
});

describe('words for the figures', () => {
  it('names known event types in each catalog and shows unknown ones as sent', () => {
    expect(eventTypeText(EN_MESSAGES, 'tool-call')).toBe('Tool call');
    expect(eventTypeText(DE_MESSAGES, 'tool-call')).toBe('Tool-Aufruf');
    expect(eventTypeText(EN_MESSAGES, 'crm-sync')).toBe('crm-sync');
    expect(eventTypeText(EN_MESSAGES, 'constructor')).toBe('constructor');
  });
  it('writes seconds and shares as the locale does', () => {
    expect(formatSeconds(0.84, EN_MESSAGES, 'en')).toBe('0.8 s');
    expect(formatSeconds(0.84, DE_MESSAGES, 'de')).toBe('0,8 s');
    expect(formatShare(0.342, 'en')).toBe('34%');
    expect(formatShare(0.342, 'de')).toBe('34\u00a0%');
  });
});

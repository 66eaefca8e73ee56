import { describe, expect, it } from 'vitest';
import { activeTurnIndex, countMatches, processingPollDelay, splitMatches, transcriptText } from '../../src/call-detail/transcript';
import type { TranscriptTurn } from '../../src';

const TURNS: TranscriptTurn[] = [
  { speaker: 'assistant', text: 'Hello, how can I help?', startSeconds: 0.3, endSeconds: 2.5 },
  { speaker: 'caller', text: 'I need help with a claim.', startSeconds: 3, endSeconds: 5 },
  { speaker: 'assistant', text: 'Happy to help with your claim.', startSeconds: 5.5 },
];

describe('activeTurnIndex', () => {
  it.each([
    ['before the first turn', 0, -1],
    ['inside the first', 1, 0],
    ['just after a turn ends (grace)', 2.8, 0],
    ['in a long gap', 2.5 + 0.6, 1],
    ['the last turn has no end', 60, 2],
  ])('%s', (_name, seconds, index) => {
    expect(activeTurnIndex(TURNS, seconds)).toBe(index);
  });

  it('is -1 in a silence longer than the grace period', () => {
    expect(activeTurnIndex([{ speaker: 'caller', text: 'a', startSeconds: 0, endSeconds: 1 }, { speaker: 'assistant', text: 'b', startSeconds: 10 }], 5)).toBe(-1);
  });
});

describe('transcript search', () => {
  it.each([
    ['help', 'Hello, how can I help?', [['Hello, how can I ', false], ['help', true], ['?', false]]],
    ['HELLO', 'Hello, how can I help?', [['Hello', true], [', how can I help?', false]]],
    ['', 'text', [['text', false]]],
    ['<script>', 'a <script>alert(1)</script>', [['a ', false], ['<script>', true], ['alert(1)</script>', false]]],
  ])('splits on %j', (query, text, parts) => {
    expect(splitMatches(text, query).map((p) => [p.text, p.match])).toEqual(parts);
  });

  it('counts matches across turns', () => {
    expect(countMatches(TURNS, 'help')).toBe(3);
    expect(countMatches(TURNS, 'claim')).toBe(2);
  });
});

it('writes the transcript as plain text with times and names', () => {
  expect(transcriptText(TURNS.slice(0, 2), { caller: 'Caller', assistant: 'Agent' })).toBe('[0:00] Agent: Hello, how can I help?\n[0:03] Caller: I need help with a claim.');
});

it.each([[0, 2000], [1, 4000], [2, 8000], [3, 15000], [10, 15000]])('polls a processing recording after attempt %i in %i ms', (attempt, ms) => {
  expect(processingPollDelay(attempt)).toBe(ms);
});

describe('search marks after letters whose lower case is longer', () => {
  it.each([
    ['İstanbul', 'bul', ['İstan', '[bul]']],
    ['İstanbul İzmir', 'İzmir', ['İstanbul ', '[İzmir]']],
    ['Straße STRASSE', 'strasse', ['Straße ', '[STRASSE]']],
    ['Ärger über Öl', 'öl', ['Ärger über ', '[Öl]']],
  ])('%s, searching %s', (text, query, expected) => {
    expect(splitMatches(text, query).map((p) => (p.match ? `[${p.text}]` : p.text))).toEqual(expected);
  });
});

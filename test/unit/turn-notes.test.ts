import { describe, expect, it } from 'vitest';
import { notesByTurn, selectedWords } from '../../src/call-detail/notes/turnNotes';
import type { Annotation, TranscriptTurn } from '../../src/types';

const turns: TranscriptTurn[] = [
  { speaker: 'caller', text: 'Hi there.', startSeconds: 0, endSeconds: 2 },
  { speaker: 'assistant', text: 'We open at ten, on Tuesday.', startSeconds: 2.5, endSeconds: 6 },
  { speaker: 'caller', text: 'Great.', startSeconds: 7 },
];
const note = (n: Partial<Annotation>): Annotation => ({ id: 'n', callId: 'c', start: 0, author: { id: 'a', name: 'A' }, createdAt: 0, updatedAt: 0, version: 1, ...n });
const words = [
  { text: 'We', startSeconds: 2.5, endSeconds: 2.7 }, { text: 'open', startSeconds: 2.7, endSeconds: 3 },
  { text: 'at', startSeconds: 3, endSeconds: 3.1 }, { text: 'ten,', startSeconds: 3.1, endSeconds: 3.5 },
  { text: 'on', startSeconds: 3.6, endSeconds: 3.7 }, { text: 'Tuesday.', startSeconds: 3.7, endSeconds: 4.3 },
];

describe('notesByTurn', () => {
  it.each([
    ['a moment marks the turn it falls in', note({ start: 3 }), [1], []],
    ['a range marks every turn it overlaps', note({ start: 1, end: 8 }), [0, 1, 2], []],
    ['a moment in a gap between turns marks none', note({ start: 6.5 }), [], []],
    ['a note on words marks its turn and those words', note({ start: 3, end: 4, turnIndex: 1, words: [3, 5] }), [1], [3, 4, 5]],
    ['the last turn, without an end, runs to the end', note({ start: 30 }), [2], []],
  ])('%s', (_name, n, expectedTurns, expectedWords) => {
    const map = notesByTurn(turns, [n]);
    expect([...map.keys()]).toEqual(expectedTurns);
    expect([...(map.get(1)?.words ?? [])]).toEqual(expectedWords);
  });
});

describe('selectedWords', () => {
  it.each([
    ['whole words', 'open at ten', [1, 3]],
    ['punctuation and case do not matter', 'TEN, on tuesday', [3, 5]],
    ['part-selected words at the ends count', 'pen at te', [1, 3]],
    ['one word', 'Tuesday.', [5, 5]],
    ['text not in the turn', 'closed', null],
    ['nothing', '   ', null],
  ])('%s', (_name, selected, expected) => {
    expect(selectedWords(words, selected)).toEqual(expected);
  });
});

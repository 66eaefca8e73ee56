// Which turns and words of a transcript the notes cover: a note made on words belongs to its turn and
// marks those words; any other note marks the turns its time overlaps (a moment, the turn it falls in).
import type { Annotation, TranscriptTurn, TranscriptWord } from '../../types.js';

export interface TurnNotes {
  notes: Annotation[];
  /** Indexes of the turn's words a note covers. */
  words: Set<number>;
}

export function notesByTurn(turns: readonly TranscriptTurn[], notes: readonly Annotation[]): Map<number, TurnNotes> {
  const byTurn = new Map<number, TurnNotes>();
  const add = (index: number, note: Annotation) => {
    let entry = byTurn.get(index);
    if (!entry) byTurn.set(index, (entry = { notes: [], words: new Set() }));
    entry.notes.push(note);
    if (note.turnIndex === index && note.words) for (let w = note.words[0]; w <= note.words[1]; w++) entry.words.add(w);
  };
  for (const note of notes) {
    if (note.turnIndex !== undefined && turns[note.turnIndex]) {
      add(note.turnIndex, note);
      continue;
    }
    const end = note.end ?? note.start;
    turns.forEach((turn, index) => {
      const turnEnd = turn.endSeconds ?? turns[index + 1]?.startSeconds ?? Infinity;
      const overlaps = note.end === undefined ? turn.startSeconds <= note.start && note.start < turnEnd : turn.startSeconds < end && note.start < turnEnd;
      if (overlaps) add(index, note);
    });
  }
  return byTurn;
}

const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, '');

/**
 * The words of a turn that a selected piece of its text covers: the first run of the turn's words whose
 * text matches the selection's, word by word (a part-selected word at either end counts).
 */
export function selectedWords(words: readonly TranscriptWord[], selected: string): [number, number] | null {
  const tokens = selected.split(/\s+/).map(normal).filter(Boolean);
  if (!tokens.length) return null;
  const texts = words.map((w) => normal(w.text));
  const fits = (word: string, token: string, position: number, last: number) =>
    word === token || (position === 0 && word.endsWith(token)) || (position === last && word.startsWith(token));
  for (let first = 0; first + tokens.length <= texts.length; first++) {
    if (tokens.every((token, k) => fits(texts[first + k]!, token, k, tokens.length - 1))) return [first, first + tokens.length - 1];
  }
  return null;
}

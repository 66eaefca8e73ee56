// Words selected in one turn of the transcript, as the range a note on them would cover: the selected
// words' own times where the turn has word timings, else the whole turn.
import { useEffect, useState, type RefObject } from 'react';
import type { AnnotationDraft, TranscriptTurn } from '../../types.js';
import { selectedWords } from './turnNotes.js';

export type WordPick = Required<Pick<AnnotationDraft, 'start' | 'turnIndex'>> & Pick<AnnotationDraft, 'end' | 'words'>;

const turnOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('li[data-index]') ?? null;

function pick(list: HTMLElement, turns: readonly TranscriptTurn[]): WordPick | null {
  const selection = list.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const row = turnOf(selection.anchorNode);
  if (!row || row !== turnOf(selection.focusNode) || !list.contains(row)) return null;
  const turnIndex = Number(row.dataset.index);
  const turn = turns[turnIndex];
  if (!turn) return null;
  return wordPick(turn, turnIndex, turn.words?.length ? selectedWords(turn.words, selection.toString()) : null);
}

/** A note's range on words `span` of a turn (their own times), or on the whole turn without a span. */
export function wordPick(turn: TranscriptTurn, turnIndex: number, span: readonly [number, number] | null): WordPick {
  const first = span && turn.words?.[span[0]];
  const last = span && turn.words?.[span[1]];
  if (span && first && last) return { turnIndex, words: [span[0], span[1]], start: first.startSeconds, end: last.endSeconds };
  return { turnIndex, start: turn.startSeconds, ...(turn.endSeconds !== undefined ? { end: turn.endSeconds } : {}) };
}

const same = (a: WordPick | null, b: WordPick | null) =>
  a === b || (!!a && !!b && a.turnIndex === b.turnIndex && a.start === b.start && a.end === b.end && a.words?.[0] === b.words?.[0] && a.words?.[1] === b.words?.[1]);

export function useWordSelection(listRef: RefObject<HTMLElement | null>, turns: readonly TranscriptTurn[], enabled: boolean): WordPick | null {
  const [picked, setPicked] = useState<WordPick | null>(null);
  useEffect(() => {
    const list = listRef.current;
    if (!enabled || !list) return;
    const doc = list.ownerDocument;
    const read = () => {
      const next = pick(list, turns);
      setPicked((old) => (same(old, next) ? old : next));
    };
    doc.addEventListener('selectionchange', read);
    return () => doc.removeEventListener('selectionchange', read);
  }, [listRef, turns, enabled]);
  return enabled ? picked : null;
}

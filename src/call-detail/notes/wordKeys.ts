// Picking a turn's words for a note without a pointer: a caret steps over the focused turn's words and
// Shift stretches it, as in a text field. The keys are written once here: they drive the transcript's
// handler, the turns' aria-keyshortcuts and what the status line tells a screen reader.

export interface WordCaret {
  turnIndex: number;
  /** The word the pick started from, and the word it reaches now (either side of it). */
  anchor: number;
  focus: number;
}

export type WordKeyAction = { action: 'move' | 'extend'; direction: 1 | -1 } | { action: 'note' | 'clear' };

interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export const WORD_KEYS = {
  move: ['ArrowLeft', 'ArrowRight'],
  extend: ['Shift+ArrowLeft', 'Shift+ArrowRight'],
  note: ['C'],
  clear: ['Escape'],
} as const;

/** The turn's aria-keyshortcuts. */
export const WORD_KEY_SHORTCUTS = Object.values(WORD_KEYS).flat().join(' ');

/** What a key press on a focused turn means for picking words, or null when it means nothing here. */
export function wordKeyAction(event: KeyPress): WordKeyAction | null {
  // A chord with Ctrl, Alt or Meta belongs to the browser or the screen reader.
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    return { action: event.shiftKey ? 'extend' : 'move', direction: event.key === 'ArrowRight' ? 1 : -1 };
  }
  if (!event.shiftKey && event.key.toLowerCase() === WORD_KEYS.note[0].toLowerCase()) return { action: 'note' };
  if (event.key === WORD_KEYS.clear[0]) return { action: 'clear' };
  return null;
}

/**
 * The caret after one step in a turn of `wordCount` words. From nothing (or another turn's pick), → starts
 * at the first word and ← at the last; a move collapses the pick onto the next word, a stretch moves only
 * its reaching end. Never past either end of the turn.
 */
export function stepCaret(caret: WordCaret | null, turnIndex: number, wordCount: number, direction: 1 | -1, extend: boolean): WordCaret | null {
  if (wordCount <= 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(wordCount - 1, i));
  if (!caret || caret.turnIndex !== turnIndex) {
    const start = direction === 1 ? 0 : wordCount - 1;
    return { turnIndex, anchor: start, focus: start };
  }
  const focus = clamp(caret.focus + direction);
  return { turnIndex, anchor: extend ? clamp(caret.anchor) : focus, focus };
}

/** The first and last word a caret covers. */
export function caretSpan(caret: WordCaret): [number, number] {
  return caret.anchor <= caret.focus ? [caret.anchor, caret.focus] : [caret.focus, caret.anchor];
}

// What a note being made covers, drawn over the lanes: the span dragged so far, or the times marked with
// I and O (to the playhead while only one is set), and said to screen readers when a mark is set.
import { useCallback } from 'react';
import type { PlayerWords } from '../../../i18n/messages.js';
import { fillMessage, formatClock } from '../../../format.js';
import { usePart } from '../../../theme/parts.js';
import { useStoreSlice, type Store } from '../../engine/store.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import type { NoteMarks } from './useNoteMaking.js';
import { noteRange } from './noteRange.js';

interface Props {
  store: Store<PlayerSnapshot>;
  marks: Store<NoteMarks>;
  m: PlayerWords;
}

export function NoteSelection({ store, marks, m }: Props) {
  const part = usePart();
  const dragging = useStoreSlice(marks, useCallback((s: NoteMarks) => s.dragging, []), null);
  const markIn = useStoreSlice(marks, useCallback((s: NoteMarks) => s.markIn, []), null);
  const markOut = useStoreSlice(marks, useCallback((s: NoteMarks) => s.markOut, []), null);
  const marked = markIn !== null || markOut !== null;
  // The playhead matters only while one mark waits for the other.
  const now = useStoreSlice(store, useCallback((s: PlayerSnapshot) => (marked ? s.currentTime : 0), [marked]), 0);
  const view = useStoreSlice(store, useCallback((s: PlayerSnapshot) => `${s.viewStart} ${s.viewEnd || s.duration}`, []), '0 0');
  const [viewStart, viewEnd] = view.split(' ').map(Number) as [number, number];
  const range = dragging ?? (marked ? noteRange(markIn, markOut, now) : null);
  const span = Math.max(0.001, viewEnd - viewStart);
  const said = marked && !dragging ? fillMessage(m.noteMarked, { range: range?.end !== undefined ? `${formatClock(range.start)}–${formatClock(range.end)}` : formatClock(range?.start ?? now) }) : '';
  return (
    <>
      {range && (
        <div
          {...part('note-selection')}
          aria-hidden="true"
          // A grid item over the lanes: percentages of margin and width are of the lanes' width (left to right, as the lanes).
          style={{ marginLeft: `${((range.start - viewStart) / span) * 100}%`, width: `${(((range.end ?? range.start) - range.start) / span) * 100}%` }}
        />
      )}
      <span {...part('sr-only')} role="status">{markIn !== null || markOut !== null ? said : ''}</span>
    </>
  );
}

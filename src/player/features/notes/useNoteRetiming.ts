// Moving a range note's ends on the notes track: by dragging a handle (mouse, pen, finger) or by the
// handle's arrow keys. The moved range shows at once; it is handed to the host when the drag ends, or
// when the keys have been still for a moment (one save per adjustment, not one per key press), and stays
// shown until the host's save settles: a save that fails puts the note back and says why.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { moveEdge, type NoteEdge } from './noteRange.js';

export type RetimeNote = (id: string, range: { start: number; end: number }) => Promise<unknown> | void;

interface Moving {
  id: string;
  start: number;
  end: number;
  /** Still being adjusted: not yet handed over. */
  open: boolean;
}

const KEY_SETTLE_MS = 600;
const STEP = 0.1;
const BIG_STEP = 1;

export function useNoteRetiming(track: RefObject<HTMLElement | null>, view: { duration: number; viewStart: number; span: number }, onRetime: RetimeNote | undefined) {
  const [moving, setMoving] = useState<Moving | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(moving);
  latest.current = moving;
  const live = useRef(true);
  useEffect(() => () => {
    live.current = false;
    clearTimeout(settle.current);
  }, []);

  const handOver = useCallback((range: Moving) => {
    clearTimeout(settle.current);
    if (!onRetime) return;
    const closed = { ...range, open: false };
    setMoving(closed);
    Promise.resolve(onRetime(range.id, { start: range.start, end: range.end })).then(
      () => undefined,
      (error: unknown) => live.current && setFailure(error instanceof Error ? error.message : String(error)),
    ).finally(() => {
      if (live.current) setMoving((now) => (now === closed ? null : now));
    });
  }, [onRetime]);

  /** Hands over `id`'s range if it is still being adjusted. */
  const handOverOpen = (id: string) => {
    const range = latest.current;
    if (range?.id === id && range.open) handOver(range);
  };

  const rangeOf = (id: string, start: number, end: number) => (latest.current?.id === id ? latest.current : { id, start, end, open: true });

  const move = (id: string, start: number, end: number, edge: NoteEdge, to: number) => {
    setFailure(null);
    setMoving({ id, ...moveEdge(rangeOf(id, start, end), edge, to, view.duration), open: true });
  };

  const timeAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width <= 0) return null;
    return view.viewStart + ((clientX - box.left) / box.width) * view.span;
  };

  return {
    moving,
    failure,
    /** Handlers for one handle of a note. */
    handle(note: { id: string; start: number; end: number }, edge: NoteEdge) {
      return {
        onPointerDown(event: PointerEvent<HTMLElement>) {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          event.preventDefault();
          event.currentTarget.focus();
        },
        onPointerMove(event: PointerEvent<HTMLElement>) {
          if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
          const at = timeAt(event.clientX);
          if (at !== null) move(note.id, note.start, note.end, edge, at);
        },
        onPointerUp(event: PointerEvent<HTMLElement>) {
          if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
          event.currentTarget.releasePointerCapture(event.pointerId);
          handOverOpen(note.id);
        },
        onKeyDown(event: KeyboardEvent<HTMLElement>) {
          const now = rangeOf(note.id, note.start, note.end)[edge];
          const step = event.shiftKey ? BIG_STEP : STEP;
          const to: number | undefined = ({
            ArrowLeft: now - step, ArrowDown: now - step, ArrowRight: now + step, ArrowUp: now + step,
            PageDown: now - BIG_STEP * 10, PageUp: now + BIG_STEP * 10, Home: 0, End: view.duration,
          } as Record<string, number>)[event.key];
          if (to === undefined) return;
          // The player's own keys would seek: these move the note instead.
          event.preventDefault();
          event.stopPropagation();
          move(note.id, note.start, note.end, edge, to);
          clearTimeout(settle.current);
          settle.current = setTimeout(() => handOverOpen(note.id), KEY_SETTLE_MS);
        },
        onBlur() {
          handOverOpen(note.id);
        },
      };
    },
  };
}

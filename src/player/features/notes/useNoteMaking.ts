// Making notes from the player, for a host that takes them (`onAnnotate`): I and O mark where a range
// starts and ends, C hands it over (a moment at the playhead without marks); Shift+drag on the lanes, or a
// held touch then a drag, hands over the dragged range. What is marked so far is drawn over the lanes.
import { useEffect, useMemo, useRef } from 'react';
import { createStore, type Store } from '../../engine/store.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import { noteRange, type NoteRange } from './noteRange.js';

export interface NoteMarks {
  markIn: number | null;
  markOut: number | null;
  /** A range being dragged on the lanes. */
  dragging: NoteRange | null;
}

export interface NoteCommands {
  markIn(): void;
  markOut(): void;
  annotate(): void;
}

export function useNoteMaking(store: Store<PlayerSnapshot>, lanes: HTMLElement | null, onAnnotate: ((range: NoteRange) => void) | undefined) {
  const marks = useMemo(() => createStore<NoteMarks>({ markIn: null, markOut: null, dragging: null }), []);
  const latest = useRef(onAnnotate);
  latest.current = onAnnotate;
  const enabled = Boolean(onAnnotate);

  const commands = useMemo<NoteCommands>(() => ({
    markIn: () => marks.set({ markIn: store.get().currentTime }),
    markOut: () => marks.set({ markOut: store.get().currentTime }),
    annotate: () => {
      const { markIn, markOut } = marks.get();
      marks.set({ markIn: null, markOut: null });
      latest.current?.(noteRange(markIn, markOut, store.get().currentTime));
    },
  }), [marks, store]);

  useEffect(() => {
    if (!enabled || !lanes) return;
    // Only for a host that takes notes: the gesture's code loads then.
    let stop: (() => void) | null = null;
    let gone = false;
    import('./rangeGesture.js').then(({ watchRangeGesture }) => {
      if (gone) return;
      stop = watchRangeGesture(lanes, {
        timeAt: (clientX) => {
          const { viewStart, viewEnd, duration } = store.get();
          const box = lanes.getBoundingClientRect();
          const end = viewEnd || duration;
          const fraction = Math.max(0, Math.min(1, (clientX - box.left) / Math.max(1, box.width)));
          return viewStart + fraction * (end - viewStart);
        },
        preview: (dragging) => marks.set({ dragging }),
        done: (range) => latest.current?.(range),
      });
    }, () => undefined); // without it (a failed chunk) notes are still made with the keys (I, O, C)
    return () => {
      gone = true;
      stop?.();
    };
  }, [enabled, lanes, store, marks]);

  return { marks, commands: enabled ? commands : null };
}

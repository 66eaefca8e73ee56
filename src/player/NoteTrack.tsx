// The call's notes on a track under the lanes: each a range (or a moment) at its time, on a row of its own
// where notes overlap; each is a button, named by label, author and time, that plays from its start. The
// track follows the lanes when they are zoomed in.
import { memo, useMemo, useRef } from 'react';
import type { Annotation, AnnotationLabel } from '../types.js';
import type { PlayerWords } from '../theme/messages.js';
import { EN_NOTES_MESSAGES } from '../theme/messages.notes.js';
import { fillMessage, formatClock } from '../format.js';
import { usePart } from '../theme/parts.js';
import { useElementWidth } from '../shared/useElementWidth.js';
import { useTokenPx } from '../theme/tokens.js';
import type { Store } from './engine/store.js';
import { useTrackView } from './trackView.js';
import type { PlayerSnapshot } from './engine/state.js';
import type { PlayerCommands } from './engine/PlayerEngine.js';
import { noteRows } from './noteRows.js';

interface NoteTrackProps {
  store: Store<PlayerSnapshot>;
  notes: readonly Annotation[];
  labels: readonly AnnotationLabel[];
  actions: PlayerCommands;
  /** The player's words; the notes' own come with the provider's messages, else English. */
  m: PlayerWords;
}

export const NoteTrack = memo(function NoteTrack({ store, notes, labels, actions, m: words }: NoteTrackProps) {
  const part = usePart();
  const m = { ...EN_NOTES_MESSAGES, ...words };
  const track = useRef<HTMLOListElement>(null);
  const width = useElementWidth(track);
  const target = useTokenPx(track, '--tt-note-target', 24, []);
  const { duration, viewStart, span } = useTrackView(store);
  // A moment is as wide as its target on screen; notes closer than that share no row.
  const minSeconds = width > 0 ? (target / width) * span : span / 50;
  const { rows, count } = useMemo(() => noteRows(notes, minSeconds), [notes, minSeconds]);
  return (
    <ol ref={track} {...part('note-track')} dir="ltr" aria-label={m.notesTrack} hidden={duration <= 0} style={{ ['--tt-note-rows' as string]: Math.max(1, count) }}>
      {notes.map((note, index) => {
        const end = Math.max(note.end ?? note.start, note.start + minSeconds);
        const from = (note.start - viewStart) / span;
        const to = (end - viewStart) / span;
        const label = labels.find((l) => l.id === note.labelId);
        const time = note.end !== undefined ? fillMessage(m.noteRange, { start: formatClock(note.start), end: formatClock(note.end) }) : formatClock(note.start);
        return (
          <li
            key={note.id}
            hidden={to < 0 || from > 1}
            data-label={note.labelId}
            data-range={note.end !== undefined ? '' : undefined}
            style={{ left: `${Math.max(0, from) * 100}%`, width: `${(Math.min(1, to) - Math.max(0, from)) * 100}%`, ['--tt-note-row' as string]: rows[index], ...(label?.color ? { ['--tt-note' as string]: label.color } : {}) }}
          >
            <button
              type="button"
              {...part('note-mark')}
              aria-label={fillMessage(m.noteName, { label: label?.name ?? m.noLabel, author: note.author.name, time })}
              title={note.text}
              onClick={() => {
                actions.seek(note.start);
                actions.play();
              }}
            />
          </li>
        );
      })}
    </ol>
  );
});

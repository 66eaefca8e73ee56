// The call's notes on a track under the lanes: each a range (or a moment) at its time, on a row of its own
// where notes overlap; each is a button, named by label, author and time, that plays from its start. The
// track follows the lanes when they are zoomed in. Where the host saves changes, a range note that has
// focus shows a handle at each end (a slider, by pointer or keys) that moves that end.
import { memo, useMemo, useRef, useState } from 'react';
import type { Annotation, AnnotationLabel } from '../../../types.js';
import type { PlayerWords } from '../../../i18n/messages.js';
import { EN_NOTES_MESSAGES } from '../../../i18n/messages.notes.js';
import { fillMessage, formatClock } from '../../../format.js';
import { usePart } from '../../../theme/parts.js';
import { useElementWidth } from '../../../shared/useElementWidth.js';
import { useTokenPx } from '../../../theme/tokens.js';
import type { Store } from '../../engine/store.js';
import { useTrackView } from '../../trackView.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import type { PlayerCommands } from '../../engine/PlayerEngine.js';
import { noteRows } from './noteRows.js';
import { useNoteRetiming, type RetimeNote } from './useNoteRetiming.js';

/** A handle's time to the tenth of a second, its step: 1:02.4. */
function clockTenths(seconds: number): string {
  const tenths = Math.round(Math.max(0, seconds) * 10);
  return `${formatClock(Math.floor(tenths / 10))}.${tenths % 10}`;
}

interface NoteTrackProps {
  store: Store<PlayerSnapshot>;
  notes: readonly Annotation[];
  labels: readonly AnnotationLabel[];
  actions: PlayerCommands;
  /** Saves a range note's new ends; without it, notes are not moved here. */
  onRetime?: RetimeNote | undefined;
  /** The player's words; the notes' own come with the provider's messages, else English. */
  m: PlayerWords;
}

export const NoteTrack = memo(function NoteTrack({ store, notes: given, labels, actions, onRetime, m: words }: NoteTrackProps) {
  const part = usePart();
  const m = { ...EN_NOTES_MESSAGES, ...words };
  const track = useRef<HTMLOListElement>(null);
  const width = useElementWidth(track);
  const target = useTokenPx(track, '--tt-note-target', 24, []);
  const view = useTrackView(store);
  const { duration, viewStart, span } = view;
  const retiming = useNoteRetiming(track, view, onRetime);
  const { moving } = retiming;
  const [focused, setFocused] = useState<string | null>(null);
  // A note being moved shows where it is going; the rest as the host has them.
  const notes = useMemo(() => (moving ? given.map((n) => (n.id === moving.id ? { ...n, start: moving.start, end: moving.end } : n)) : given), [given, moving]);
  // A moment is as wide as its target on screen; notes closer than that share no row.
  const minSeconds = width > 0 ? (target / width) * span : span / 50;
  const { rows, count } = useMemo(() => noteRows(notes, minSeconds), [notes, minSeconds]);
  return (
    <>
    <ol ref={track} {...part('note-track')} dir="ltr" aria-label={m.notesTrack} hidden={duration <= 0} style={{ ['--tt-note-rows' as string]: Math.max(1, count) }}>
      {notes.map((note, index) => {
        const end = Math.max(note.end ?? note.start, note.start + minSeconds);
        const from = (note.start - viewStart) / span;
        const to = (end - viewStart) / span;
        const label = labels.find((l) => l.id === note.labelId);
        const time = note.end !== undefined ? fillMessage(m.noteRange, { start: formatClock(note.start), end: formatClock(note.end) }) : formatClock(note.start);
        const name = fillMessage(m.noteName, { label: label?.name ?? m.noLabel, author: note.author.name, time });
        const movable = onRetime && note.end !== undefined && note.canEdit !== false ? { id: note.id, start: note.start, end: note.end } : null;
        const handles = movable && (focused === note.id || moving?.id === note.id);
        return (
          <li
            key={note.id}
            hidden={to < 0 || from > 1}
            data-label={note.labelId}
            data-range={note.end !== undefined ? '' : undefined}
            data-moving={moving?.id === note.id ? '' : undefined}
            style={{ left: `${Math.max(0, from) * 100}%`, width: `${(Math.min(1, to) - Math.max(0, from)) * 100}%`, ['--tt-note-row' as string]: rows[index], ...(label?.color ? { ['--tt-note' as string]: label.color } : {}) }}
            onFocus={() => setFocused(note.id)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused((now) => (now === note.id ? null : now));
            }}
          >
            <button
              type="button"
              {...part('note-mark')}
              aria-label={name}
              title={note.text}
              onClick={() => {
                actions.seek(note.start);
                actions.play();
              }}
            />
            {movable && (['start', 'end'] as const).map((edge) => (
              <span
                key={edge}
                role="slider"
                tabIndex={0}
                {...part('note-handle')}
                data-edge={edge}
                hidden={!handles || (edge === 'start' ? from < 0 : to > 1)}
                aria-label={fillMessage(edge === 'start' ? m.noteStartHandle : m.noteEndHandle, { name })}
                aria-orientation="horizontal"
                aria-valuemin={edge === 'start' ? 0 : movable.start}
                aria-valuemax={edge === 'start' ? movable.end : duration}
                aria-valuenow={Math.round(movable[edge] * 10) / 10}
                aria-valuetext={clockTenths(movable[edge])}
                {...retiming.handle(movable, edge)}
              />
            ))}
          </li>
        );
      })}
    </ol>
    {retiming.failure !== null && <p {...part('note-track-error')} role="alert">{fillMessage(m.noteMoveFailed, { reason: retiming.failure })}</p>}
    </>
  );
});

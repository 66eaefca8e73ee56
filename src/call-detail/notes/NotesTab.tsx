// The Notes tab: a call's notes in time order, each played, edited or deleted where allowed, and a new
// one made at the playhead. A draft left open (a failed save, a closed panel) is opened again here.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Annotation, AnnotationLabel, CallsAdapter } from '../../types.js';
import type { PanelWords } from '../../i18n/messages.js';
import { fillMessage, formatClock } from '../../format.js';
import { usePart } from '../../theme/parts.js';
import { useStoreSlice, type Store } from '../../player/engine/store.js';
import { copyText } from '../../shared/copyText.js';
import { useAudit } from '../../shared/audit.js';
import { adapterScope } from '../../queries/keys.js';
import type { PlaybackClock } from '../clock.js';
import { draftKey, readDraft, type NoteDraft } from './drafts.js';
import { NoteEditor } from './NoteEditor.js';
import { useNotes } from './useNotes.js';
import { labelCounts, notesText } from './notesText.js';

interface Props {
  adapter: CallsAdapter;
  callId: string;
  labels: readonly AnnotationLabel[];
  canAnnotate: boolean;
  clock: Store<PlaybackClock>;
  onPlayFrom: ((seconds: number) => void) | null;
  /** A note asked for elsewhere (the player's keys or a drag, the transcript's words): opens the editor. */
  compose: ComposeRequest | null;
  /** A note opened by a link: marked and scrolled to. */
  selectedId?: string | null;
  getNoteUrl?: ((callId: string, noteId: string) => string) | undefined;
  m: PanelWords;
}

export interface ComposeRequest {
  range: Omit<NoteDraft, 'text'>;
  /** A new request each time, even for the same range. */
  serial: number;
}

const draftOf = (note: Annotation): NoteDraft => ({ start: note.start, end: note.end, turnIndex: note.turnIndex, words: note.words, labelId: note.labelId, text: note.text ?? '' });

export function NotesTab({ adapter, callId, labels, canAnnotate, clock, onPlayFrom, compose, selectedId = null, getNoteUrl, m }: Props) {
  const part = usePart();
  const audit = useAudit();
  const { notes, save, remove, editable } = useNotes(adapter, callId, audit);
  const scope = adapterScope(adapter);
  const newKey = draftKey(scope, callId, null);
  // Open at first: a new note someone was writing when the panel closed.
  const [editing, setEditing] = useState<{ id: string | null; initial: NoteDraft } | null>(() => {
    const kept = readDraft(newKey);
    return kept ? { id: null, initial: kept } : null;
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const selectedRow = useRef<HTMLLIElement>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, notes.isSuccess]);
  const copyLink = async (note: Annotation) => {
    const ok = await copyText(getNoteUrl!(callId, note.id));
    if (ok) audit?.('copy-link', note.start);
    setCopied(ok);
  };
  const second = useStoreSlice(clock, useCallback((c: PlaybackClock) => Math.floor(c.currentTime), []), 0);
  const mayWrite = canAnnotate && editable;
  const labelName = (id: string | undefined) => labels.find((l) => l.id === id)?.name ?? m.noLabel;
  const list = notes.data ?? [];
  const colourOf = (id: string | undefined) => {
    const color = labels.find((l) => l.id === id)?.color;
    return color ? ({ ['--tt-note' as string]: color } as CSSProperties) : undefined;
  };
  const counts = labelCounts(list);

  // A request from the player or the transcript: its range, with whatever was being typed for a new note.
  useEffect(() => {
    if (!compose || !mayWrite) return;
    setEditing({ id: null, initial: { text: readDraft(newKey)?.text ?? '', ...compose.range } });
  }, [compose, mayWrite, newKey]);

  const openNew = () => setEditing({ id: null, initial: readDraft(newKey) ?? { start: clock.get().currentTime, text: '' } });
  const openEdit = (note: Annotation) => setEditing({ id: note.id, initial: readDraft(draftKey(scope, callId, note.id)) ?? draftOf(note) });
  const onDelete = (note: Annotation) => {
    setProblem(null);
    remove.mutate(note.id, { onError: (error) => setProblem(fillMessage(m.noteDeleteFailed, { reason: error.message })) });
  };

  return (
    <div {...part('notes')}>
      <div {...part('transcript-tools')}>
        {mayWrite && !editing && (
          <button type="button" onClick={openNew}>{fillMessage(m.addNoteAt, { time: formatClock(second) })}</button>
        )}
        <span {...part('spacer')} />
        {list.length > 0 && (
          <button type="button" onClick={async () => setCopied(await copyText(notesText(list, labelName)))}>{m.copyNotes}</button>
        )}
        {copied !== null && <span role="status">{copied ? m.copied : m.copyFailed}</span>}
      </div>
      {counts.length > 0 && (
        <ul {...part('note-labels')} aria-label={m.noteLabels}>
          {counts.map(([id, count]) => (
            <li key={id ?? ''} {...part('note-chip')} style={colourOf(id)}>{fillMessage(m.noteLabelCount, { label: labelName(id), count })}</li>
          ))}
        </ul>
      )}
      {editing && (
        <NoteEditor
          key={editing.id ?? `new ${compose?.serial ?? 0}`}
          draftKey={draftKey(scope, callId, editing.id)}
          initial={editing.initial}
          labels={labels}
          onSave={(draft) => save.mutateAsync({ id: editing.id, draft })}
          onClose={() => setEditing(null)}
          part={part}
          m={m}
        />
      )}
      {problem && <p role="alert" {...part('note-error')}>{problem}</p>}
      {notes.isPending && notes.fetchStatus !== 'idle' && <p {...part('empty-note')}>{m.loadingNotes}</p>}
      {notes.isError && <p role="alert" {...part('note-error')}>{fillMessage(m.notesFailed, { reason: notes.error.message })}</p>}
      {notes.isSuccess && list.length === 0 && !editing && <p {...part('empty-note')}>{m.noNotes}</p>}
      {list.length > 0 && (
        <ol {...part('note-list')} aria-label={m.tabNotes}>
          {list.map((note) => {
            const time = note.end !== undefined ? fillMessage(m.noteRange, { start: formatClock(note.start), end: formatClock(note.end) }) : formatClock(note.start);
            const label = labelName(note.labelId);
            const pending = note.version === 0;
            return (
              <li
                key={note.id}
                ref={note.id === selectedId ? selectedRow : undefined}
                {...part('note')}
                data-label={note.labelId}
                data-selected={note.id === selectedId ? '' : undefined}
                aria-current={note.id === selectedId ? 'true' : undefined}
                aria-busy={pending || undefined}
                style={colourOf(note.labelId)}
              >
                <span {...part('note-label')}>{label}</span>
                <span {...part('note-time')}>{time}</span>
                <span {...part('note-author')}>{note.author.name}</span>
                {note.text && <p {...part('note-text')} dir="auto">{note.text}</p>}
                <div {...part('note-actions')} role="group" aria-label={fillMessage(m.noteName, { label, author: note.author.name, time })}>
                  {onPlayFrom && <button type="button" onClick={() => onPlayFrom(note.start)}>{fillMessage(m.playNote, { time: formatClock(note.start) })}</button>}
                  {getNoteUrl && !pending && <button type="button" onClick={() => void copyLink(note)}>{m.copyNoteLink}</button>}
                  {mayWrite && note.canEdit !== false && !pending && (
                    <>
                      <button type="button" onClick={() => openEdit(note)}>{m.editNote}</button>
                      <button type="button" onClick={() => onDelete(note)}>{m.deleteNote}</button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

// Making or changing one note: a label, the text, Save (Enter) and Cancel (Escape). What is typed is kept
// as a draft for the page's session, so a failed save, a conflict or a closed panel loses nothing.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AnnotationLabel } from '../../types.js';
import type { PanelWords } from '../../i18n/messages.js';
import { fillMessage, formatClock } from '../../format.js';
import type { PartProps } from '../../theme/parts.js';
import { isAdapterError } from '../../adapter/errors.js';
import { dropDraft, keepDraft, type NoteDraft } from './drafts.js';

interface Props {
  draftKey: string;
  initial: NoteDraft;
  labels: readonly AnnotationLabel[];
  /** Resolves when saved; rejects with why not. */
  onSave(draft: NoteDraft): Promise<unknown>;
  onClose(): void;
  part: (name: string) => PartProps;
  m: PanelWords;
}

/** A time in seconds, as typed: the field keeps what is typed ("4."), the note takes it once it is a time. */
function SecondsField({ id, label, value, onChange }: { id: string; label: string; value: number; onChange(seconds: number): void }) {
  const [typed, setTyped] = useState(String(value));
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        step={0.1}
        value={typed}
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          const seconds = e.currentTarget.valueAsNumber;
          if (Number.isFinite(seconds) && seconds >= 0) onChange(seconds);
        }}
      />
    </>
  );
}

export function NoteEditor({ draftKey, initial, labels, onSave, onClose, part, m }: Props) {
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  const text = useRef<HTMLTextAreaElement>(null);
  const labelId = useId();
  const startId = useId();
  const endId = useId();
  useEffect(() => {
    text.current?.focus();
  }, []);

  const change = (next: Partial<NoteDraft>) => {
    const merged = { ...draft, ...next };
    setDraft(merged);
    keepDraft(draftKey, merged);
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (state.saving) return;
    keepDraft(draftKey, draft);
    if (draft.end !== undefined && !(draft.end > draft.start)) {
      setState({ saving: false, error: m.noteBadRange });
      return;
    }
    setState({ saving: true, error: null });
    try {
      await onSave(draft);
      dropDraft(draftKey);
      onClose();
    } catch (error) {
      const conflict = isAdapterError(error) && error.code === 'conflict';
      setState({ saving: false, error: conflict ? m.noteConflict : fillMessage(m.noteSaveFailed, { reason: (error as Error).message }) });
    }
  };
  const cancel = () => {
    dropDraft(draftKey);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && !event.shiftKey && event.target === text.current) {
      event.preventDefault();
      void submit();
    }
  };
  const where = draft.end !== undefined ? fillMessage(m.noteRange, { start: formatClock(draft.start), end: formatClock(draft.end) }) : formatClock(draft.start);

  return (
    <form {...part('note-editor')} aria-label={`${m.noteText} ${where}`} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <span {...part('note-time')}>{where}</span>
      {labels.length > 0 && (
        <>
          <label htmlFor={labelId}>{m.noteLabel}</label>
          <select id={labelId} value={draft.labelId ?? ''} onChange={(e) => change({ labelId: e.currentTarget.value || undefined })}>
            <option value="">{m.noLabel}</option>
            {labels.map((label) => <option key={label.id} value={label.id}>{label.name}</option>)}
          </select>
        </>
      )}
      <SecondsField id={startId} label={m.noteStartsAt} value={draft.start} onChange={(start) => change({ start })} />
      {draft.end !== undefined && <SecondsField id={endId} label={m.noteEndsAt} value={draft.end} onChange={(end) => change({ end })} />}
      <textarea ref={text} aria-label={m.noteText} value={draft.text} rows={2} onChange={(e) => change({ text: e.currentTarget.value })} />
      <div {...part('note-actions')}>
        <button type="submit" aria-keyshortcuts="Enter" disabled={state.saving}>{state.saving ? m.savingNote : m.saveNote}</button>
        <button type="button" aria-keyshortcuts="Escape" onClick={cancel}>{m.cancelNote}</button>
      </div>
      {state.error && <p role="alert" {...part('note-error')}>{state.error}</p>}
    </form>
  );
}

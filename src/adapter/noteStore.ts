// Notes kept by call, with versions: what the memory adapter keeps and what the demo API persists.
// A save made against an older version is refused as a conflict, as a real backend's If-Match would be.
import type { Annotation, AnnotationDraft, AnnotationPatch } from '../types.js';
import { AdapterError } from './errors.js';

export interface NoteAuthor {
  id: string;
  name: string;
}

function checkDraft(draft: Partial<AnnotationDraft>): void {
  const bad = (what: string) => new AdapterError('invalid-response', `A note's ${what} is not valid.`, { status: 400 });
  if (draft.start !== undefined && !(Number.isFinite(draft.start) && draft.start >= 0)) throw bad('start');
  if (draft.end !== undefined && !(Number.isFinite(draft.end) && draft.end > (draft.start ?? 0))) throw bad('end');
  if (draft.text !== undefined && typeof draft.text !== 'string') throw bad('text');
}

export class NoteStore {
  #byCall = new Map<string, Annotation[]>();
  #next = 1;

  constructor(notes: readonly Annotation[] = []) {
    for (const note of notes) this.#notes(note.callId).push(note);
    this.#next = notes.length + 1;
  }

  #notes(callId: string): Annotation[] {
    let list = this.#byCall.get(callId);
    if (!list) this.#byCall.set(callId, (list = []));
    return list;
  }

  list(callId: string): Annotation[] {
    return [...(this.#byCall.get(callId) ?? [])].sort((a, b) => a.start - b.start);
  }

  /** The labels a call's notes carry, each once, in the order first used. */
  labelsOf(callId: string): string[] {
    return [...new Set((this.#byCall.get(callId) ?? []).flatMap((n) => (n.labelId ? [n.labelId] : [])))];
  }

  all(): Annotation[] {
    return [...this.#byCall.values()].flat();
  }

  create(callId: string, draft: AnnotationDraft, author: NoteAuthor, now = Date.now()): Annotation {
    if (typeof draft.start !== 'number') throw new AdapterError('invalid-response', 'A note needs a start time.', { status: 400 });
    checkDraft(draft);
    const at = new Date(now).toISOString();
    const note: Annotation = { ...draft, id: `n${now.toString(36)}${(this.#next++).toString(36)}`, callId, author, createdAt: at, updatedAt: at, version: 1 };
    this.#notes(callId).push(note);
    return note;
  }

  update(callId: string, id: string, patch: AnnotationPatch, now = Date.now()): Annotation {
    const list = this.#notes(callId);
    const index = list.findIndex((n) => n.id === id);
    const note = list[index];
    if (!note) throw new AdapterError('not-found', 'This note no longer exists: someone deleted it.', { status: 404 });
    if (patch.version !== note.version) {
      throw new AdapterError('conflict', `Someone else changed this note (version ${note.version}, yours ${patch.version}).`, { status: 409 });
    }
    const { version: _seen, ...changes } = patch;
    checkDraft({ start: note.start, ...changes });
    const next: Annotation = { ...note, ...changes, updatedAt: new Date(now).toISOString(), version: note.version + 1 };
    list[index] = next;
    return next;
  }

  delete(callId: string, id: string): void {
    const list = this.#notes(callId);
    const index = list.findIndex((n) => n.id === id);
    if (index >= 0) list.splice(index, 1);
  }
}

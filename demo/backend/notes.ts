// The demo API's notes: kept in one JSON file under the data folder, written whole to a temporary file
// and renamed over the old one, so a crash mid-write never leaves half a file and a restart finds them.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoteStore } from '../../src/adapter/noteStore';
import { AdapterError } from '../../src/adapter/errors';
import type { Annotation, AnnotationDraft, AnnotationPatch } from '../../src/types';

export const DEMO_REVIEWER = { id: 'demo-reviewer', name: 'Demo reviewer' };

export class NotesFile {
  readonly #path: string;
  readonly #store: NoteStore;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.#path = join(dataDir, 'annotations.json');
    let saved: Annotation[] = [];
    try {
      saved = JSON.parse(readFileSync(this.#path, 'utf8')) as Annotation[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Could not read ${this.#path}: ${(error as Error).message}`);
    }
    this.#store = new NoteStore(saved);
  }

  list(callId: string): Annotation[] {
    return this.#store.list(callId);
  }

  labelsOf(callId: string): string[] {
    return this.#store.labelsOf(callId);
  }

  create(callId: string, draft: AnnotationDraft): Annotation {
    const note = this.#store.create(callId, draft, DEMO_REVIEWER);
    this.#save();
    return note;
  }

  update(callId: string, id: string, patch: AnnotationPatch): Annotation {
    const note = this.#store.update(callId, id, patch);
    this.#save();
    return note;
  }

  delete(callId: string, id: string): void {
    this.#store.delete(callId, id);
    this.#save();
  }

  #save(): void {
    const temporary = `${this.#path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.#store.all(), null, 1));
    renameSync(temporary, this.#path);
  }
}

/** A note as the wire has it (snake_case). */
export function noteToWire(note: Annotation) {
  return {
    id: note.id,
    call_id: note.callId,
    start: note.start,
    ...(note.end !== undefined ? { end: note.end } : {}),
    ...(note.turnIndex !== undefined ? { turn_index: note.turnIndex } : {}),
    ...(note.words ? { words: note.words } : {}),
    ...(note.labelId ? { label_id: note.labelId } : {}),
    ...(note.text !== undefined ? { text: note.text } : {}),
    author: note.author,
    created_at: note.createdAt,
    updated_at: note.updatedAt,
    version: note.version,
    can_edit: note.author.id === DEMO_REVIEWER.id,
  };
}

/** A draft or patch from the wire; what is not a note's field is ignored. */
export function noteFromWire(body: unknown): Partial<AnnotationDraft> & { version?: number } {
  if (!body || typeof body !== 'object') throw new AdapterError('invalid-response', 'The body must be a JSON object.', { status: 400 });
  const json = body as Record<string, unknown>;
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return Object.fromEntries(Object.entries({
    start: number(json.start),
    end: number(json.end),
    turnIndex: number(json.turn_index),
    words: Array.isArray(json.words) ? (json.words as [number, number]) : undefined,
    labelId: typeof json.label_id === 'string' ? json.label_id : undefined,
    text: typeof json.text === 'string' ? json.text : undefined,
    version: number(json.version),
  }).filter(([, v]) => v !== undefined));
}

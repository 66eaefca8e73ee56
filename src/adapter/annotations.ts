// Notes on the wire: snake_case or camelCase, read tolerantly like every other answer. What cannot be
// read of a note is dropped from it (and said); a note without an id or a time cannot be shown at all.
import type { Annotation, AnnotationDraft, AnnotationPatch } from '../types.js';
import { AdapterError } from './errors.js';
import { array, compact, invalid, lenient, object, optionalNumber, optionalString, string } from './read.js';

type Json = Record<string, unknown>;

const pick = (json: Json, snake: string, camel: string) => (json[snake] !== undefined ? json[snake] : json[camel]);

function seconds(value: unknown, path: string): number {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return seconds(Number(value), path);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(path, 'a number of seconds ≥ 0', value);
  return value;
}

function when(value: unknown, path: string): string | number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  throw invalid(path, 'an ISO 8601 time or epoch milliseconds', value);
}

function wordSpan(value: unknown, path: string): [number, number] | undefined {
  if (value === undefined || value === null) return undefined;
  const [first, last] = array(value, path);
  if (!Number.isInteger(first) || !Number.isInteger(last) || (first as number) < 0 || (last as number) < (first as number)) {
    throw invalid(path, 'two word indexes [first, last]', value);
  }
  return [first as number, last as number];
}

export function annotationFromWire(value: unknown, path: string, problems: AdapterError[] = []): Annotation {
  const json = object(value, path);
  const id = string(typeof json.id === 'number' ? String(json.id) : json.id, `${path}.id`);
  const start = seconds(json.start, `${path}.start`);
  const end = lenient(problems, () => {
    const raw = json.end;
    return raw === undefined || raw === null ? undefined : seconds(raw, `${path}.end`);
  });
  const authorJson = lenient(problems, () => object(json.author ?? {}, `${path}.author`)) ?? {};
  const author = {
    id: lenient(problems, () => optionalString(authorJson.id, `${path}.author.id`)) ?? 'unknown',
    name: lenient(problems, () => optionalString(authorJson.name, `${path}.author.name`)) ?? '—',
  };
  const version = lenient(problems, () => optionalNumber(json.version, `${path}.version`)) ?? 0;
  const canEdit = pick(json, 'can_edit', 'canEdit');
  return compact({
    id,
    callId: lenient(problems, () => optionalString(pick(json, 'call_id', 'callId'), `${path}.call_id`)) ?? '',
    start,
    end: end !== undefined && end > start ? end : undefined,
    turnIndex: lenient(problems, () => optionalNumber(pick(json, 'turn_index', 'turnIndex'), `${path}.turn_index`)),
    words: lenient(problems, () => wordSpan(json.words, `${path}.words`)),
    labelId: lenient(problems, () => optionalString(pick(json, 'label_id', 'labelId'), `${path}.label_id`)),
    text: typeof json.text === 'string' ? json.text : undefined,
    author,
    createdAt: lenient(problems, () => when(pick(json, 'created_at', 'createdAt'), `${path}.created_at`)) ?? 0,
    updatedAt: lenient(problems, () => when(pick(json, 'updated_at', 'updatedAt') ?? pick(json, 'created_at', 'createdAt'), `${path}.updated_at`)) ?? 0,
    version,
    canEdit: typeof canEdit === 'boolean' ? canEdit : undefined,
  });
}

/** A list answer (`[…]`, `{ data: […] }` or `{ annotations: […] }`): notes that cannot be read are left out and said. */
export function annotationsFromWire(value: unknown, problems: AdapterError[] = []): Annotation[] {
  const json = Array.isArray(value) ? null : object(value, 'annotations');
  const list = json ? array(json.data ?? json.annotations, 'annotations') : (value as unknown[]);
  const notes: Annotation[] = [];
  list.forEach((item, i) => {
    try {
      notes.push(annotationFromWire(item, `annotations[${i}]`, problems));
    } catch (error) {
      if (!(error instanceof AdapterError)) throw error;
      problems.push(error);
    }
  });
  return notes;
}

/** What is sent: snake_case, absent fields left out. */
export function annotationToWire(note: AnnotationDraft | AnnotationPatch): Json {
  return compact({
    start: note.start,
    end: note.end,
    turn_index: note.turnIndex,
    words: note.words,
    label_id: note.labelId,
    text: note.text,
    version: 'version' in note ? note.version : undefined,
  });
}

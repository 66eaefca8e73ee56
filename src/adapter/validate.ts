// One place where untrusted data becomes domain types. Read what backends really send: an empty
// optional string is absent, an unknown enum value is kept as its raw text, a bad optional field is
// dropped (and kept as a problem, see problemsOf); a row with an id is kept with whatever else is
// readable, a row without one is dropped and counted (`unreadable`). Only what cannot be read at all
// fails: AdapterError('invalid-response'), naming the offending field.
import type {
  CallDetail, CallDirection, CallEvent, CallListPage, CallStatus, CallSummary, RecordingAvailability, RecordingSource, TranscriptTurn,
  TranscriptWord,
} from '../types.js';
import { PeaksError, readPeaks } from './peaks.js';
import { AdapterError } from './errors.js';
import { problemsOf } from './problems.js';
export { problemsOf };
import { parseInstant } from '../signed-url/lifetime.js';

type Json = Record<string, unknown>;

function withProblems<T extends object>(value: T, problems: AdapterError[]): T {
  return problems.length ? { ...value, problems } : value;
}

/** Reads an optional field; when it is bad, it is dropped and the problem kept. */
function lenient<T>(problems: AdapterError[], read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    problems.push(error);
    return undefined;
  }
}

export function invalid(path: string, expected: string, got: unknown): AdapterError {
  const seen = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  return new AdapterError('invalid-response', `The server sent a malformed response: "${path}" should be ${expected} but is ${seen}.`);
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, 'an object', value);
  return value as Json;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(path, 'an array', value);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(path, 'a non-empty string', value);
  return value;
}

/** An empty string is absent (a withheld caller id, an empty summary). */
export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : string(value, path);
}

export function optionalNumber(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(path, 'a finite number', value);
  return value;
}

/** A known value, or any other non-empty text kept as it is (shown raw): enums grow. */
function openEnum<T extends string>(value: unknown, path: string): T | (string & {}) {
  return string(value, path);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(path, `one of ${allowed.join(', ')}`, value);
  }
  return value as T;
}

function timestamp(value: unknown, path: string): string {
  const text = string(value, path);
  if (Number.isNaN(Date.parse(text))) throw invalid(path, 'an ISO 8601 date', value);
  return text;
}

function optionalTimestamp(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : timestamp(value, path);
}

/** Keeps only the keys that are set, so optional fields stay absent rather than `undefined`. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function callSummaryFromWire(value: unknown, path: string, problems: AdapterError[] = []): CallSummary {
  const o = object(value, path);
  const optional = <T,>(read: () => T | undefined) => lenient(problems, read);
  // Only the id is needed to list a call; what else cannot be read shows as unknown ("—").
  const known = <T,>(read: () => T): T | '' => optional(read) ?? '';
  return compact({
    id: string(o.id, `${path}.id`),
    assistantId: known(() => string(o.assistant_id, `${path}.assistant_id`)),
    assistantName: optional(() => optionalString(o.assistant_name, `${path}.assistant_name`)),
    direction: known(() => openEnum<CallDirection>(o.direction, `${path}.direction`)),
    status: known(() => openEnum<CallStatus>(o.status, `${path}.status`)),
    fromNumber: optional(() => optionalString(o.from_number, `${path}.from_number`)),
    toNumber: optional(() => optionalString(o.to_number, `${path}.to_number`)),
    startedAt: known(() => timestamp(o.started_at, `${path}.started_at`)),
    endedAt: optional(() => optionalTimestamp(o.ended_at, `${path}.ended_at`)),
    durationSeconds: optional(() => optionalNumber(o.duration_seconds, `${path}.duration_seconds`)),
    endedReason: optional(() => optionalString(o.ended_reason, `${path}.ended_reason`)),
    costUsd: optional(() => optionalNumber(o.cost_usd, `${path}.cost_usd`)),
    recording: known(() => openEnum<RecordingAvailability>(o.recording, `${path}.recording`)),
  });
}

function seconds(value: unknown, path: string): number {
  const read = optionalNumber(value, path);
  if (read === undefined || read < 0) throw invalid(path, 'a number of seconds (0 or more)', value);
  return read;
}

function wordFromWire(value: unknown, path: string): TranscriptWord {
  const o = object(value, path);
  const startSeconds = seconds(o.start_seconds, `${path}.start_seconds`);
  const endSeconds = seconds(o.end_seconds, `${path}.end_seconds`);
  if (endSeconds < startSeconds) throw invalid(`${path}.end_seconds`, `at least start_seconds (${startSeconds})`, o.end_seconds);
  return { text: string(o.text, `${path}.text`), startSeconds, endSeconds };
}

function turnFromWire(value: unknown, path: string, problems: AdapterError[]): TranscriptTurn {
  const o = object(value, path);
  const startSeconds = optionalNumber(o.start_seconds, `${path}.start_seconds`);
  if (startSeconds === undefined) throw invalid(`${path}.start_seconds`, 'a finite number', o.start_seconds);
  // Bad word timings lose the highlight of those words, never the turn.
  const words = lenient(problems, () => (o.words === undefined || o.words === null ? undefined : array(o.words, `${path}.words`)));
  const readWords = words && readableItems(words, `${path}.words`, wordFromWire, problems);
  return compact({
    speaker: oneOf(o.speaker, ['caller', 'assistant'] as const, `${path}.speaker`),
    text: typeof o.text === 'string' ? o.text : (() => { throw invalid(`${path}.text`, 'a string', o.text); })(),
    startSeconds,
    endSeconds: lenient(problems, () => optionalNumber(o.end_seconds, `${path}.end_seconds`)),
    words: readWords?.length ? readWords : undefined,
  });
}

function eventFromWire(value: unknown, path: string, problems: AdapterError[]): CallEvent {
  const o = object(value, path);
  const type = openEnum<CallEvent['type']>(o.type, `${path}.type`);
  return compact({
    type,
    // A backend that sends no label still gets its event shown, by its type.
    label: optionalString(o.label, `${path}.label`) ?? type,
    atSeconds: seconds(o.at_seconds, `${path}.at_seconds`),
    durationMs: lenient(problems, () => optionalNumber(o.duration_ms, `${path}.duration_ms`)),
    detail: lenient(problems, () => optionalString(o.detail, `${path}.detail`)),
  });
}

function metadataFromWire(value: unknown, path: string, problems: AdapterError[]): CallDetail['metadata'] {
  if (value === undefined || value === null) return undefined;
  const o = object(value, path);
  const kept: NonNullable<CallDetail['metadata']> = {};
  for (const [key, v] of Object.entries(o)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) kept[key] = v as string | number | boolean | null;
    else problems.push(invalid(`${path}.${key}`, 'a string, number, boolean or null', v));
  }
  return kept;
}

/** Items of a list that can be read; the others are dropped and kept as problems. */
function readableItems<T>(list: unknown[], path: string, read: (item: unknown, path: string) => T, problems: AdapterError[]): T[] {
  const out: T[] = [];
  list.forEach((item, i) => {
    const value = lenient(problems, () => read(item, `${path}[${i}]`));
    if (value !== undefined) out.push(value);
  });
  return out;
}

export function callDetailFromWire(value: unknown, path = 'call'): CallDetail {
  const o = object(value, path);
  const problems: AdapterError[] = [];
  const list = (key: string) => lenient(problems, () => (o[key] === undefined || o[key] === null ? undefined : array(o[key], `${path}.${key}`)));
  const transcript = list('transcript');
  const events = list('events');
  const turns = transcript && readableItems(transcript, `${path}.transcript`, (item, at) => turnFromWire(item, at, problems), problems);
  return withProblems(compact({
    ...callSummaryFromWire(o, path, problems),
    summary: lenient(problems, () => optionalString(o.summary, `${path}.summary`)),
    transcript: turns,
    unreadableTurns: turns && transcript && turns.length < transcript.length ? transcript.length - turns.length : undefined,
    metadata: lenient(problems, () => metadataFromWire(o.metadata, `${path}.metadata`, problems)),
    events: events && readableItems(events, `${path}.events`, (item, at) => eventFromWire(item, at, problems), problems).sort((a, b) => a.atSeconds - b.atSeconds),
  }), problems);
}

export function callListFromWire(value: unknown): CallListPage {
  const o = object(value, 'response');
  const cursor = o.next_cursor;
  if (cursor !== null && cursor !== undefined && typeof cursor !== 'string') {
    throw invalid('response.next_cursor', 'a string or null', cursor);
  }
  const problems: AdapterError[] = [];
  const rows = array(o.data, 'response.data');
  // One bad row never takes its page down; one that cannot be read at all is counted on screen.
  const calls = readableItems(rows, 'response.data', (c, p) => callSummaryFromWire(c, p, problems), problems);
  return withProblems(compact({
    calls,
    nextCursor: cursor || null,
    total: lenient(problems, () => optionalNumber(o.total, 'response.total')),
    unreadable: calls.length < rows.length ? rows.length - calls.length : undefined,
  }), problems);
}

function peaks(value: unknown, path: string): Float32Array[] | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return readPeaks(value);
  } catch (error) {
    if (!(error instanceof PeaksError)) throw error;
    throw invalid(path, error.message, value);
  }
}

function expiry(value: unknown, path: string): string | number {
  if ((typeof value === 'number' && value > 0) || typeof value === 'string') {
    if (Number.isFinite(parseInstant(value))) return value;
  }
  throw invalid(path, 'an ISO 8601 date or epoch milliseconds (or seconds)', value);
}

/** An optional instant that only helps: unreadable is the same as absent. */
const optionalInstant = (value: unknown): string | number | undefined =>
  (typeof value === 'string' || typeof value === 'number') && Number.isFinite(parseInstant(value)) ? value : undefined;

function url(value: unknown, path: string): string {
  const text = string(value, path);
  try {
    new URL(text, 'http://relative.invalid');
  } catch {
    throw invalid(path, 'a URL', value);
  }
  return text;
}

function channel(value: unknown, path: string): 0 | 1 | undefined {
  if (value === undefined || value === null) return undefined;
  if (value !== 0 && value !== 1) throw invalid(path, '0 or 1', value);
  return value;
}

/** 0 is a common "unknown": read as absent. */
function positive(value: unknown, path: string): number | undefined {
  const n = optionalNumber(value, path);
  if (n !== undefined && n < 0) throw invalid(path, 'a positive number', value);
  return n || undefined;
}

// The wire names a recording's fields in snake_case, adapters in camelCase; the checks are the same.
const WIRE_RECORDING = { expiresAt: 'expires_at', durationSeconds: 'duration_seconds', callerChannel: 'caller_channel', serverTime: 'server_time' } as const;
const DOMAIN_RECORDING = { expiresAt: 'expiresAt', durationSeconds: 'durationSeconds', callerChannel: 'callerChannel', serverTime: 'serverTime' } as const;

function recordingSource(value: unknown, names: typeof WIRE_RECORDING | typeof DOMAIN_RECORDING): RecordingSource {
  const o = object(value, 'recording');
  const field = (name: string) => [o[name], `recording.${name}`] as const;
  const problems: AdapterError[] = [];
  const optional = <T,>(read: () => T | undefined) => lenient(problems, read);
  return withProblems(compact({
    url: url(...field('url')),
    expiresAt: expiry(...field(names.expiresAt)),
    durationSeconds: optional(() => positive(...field(names.durationSeconds))),
    // Peaks that cannot be read are dropped: the player decodes the audio instead.
    peaks: optional(() => peaks(...field('peaks'))) as RecordingSource['peaks'],
    callerChannel: optional(() => channel(...field(names.callerChannel))),
    serverTime: optionalInstant(o[names.serverTime]),
  }), problems);
}

/** A recording from the wire; `serverTime` from the response's Date header unless the body says it. */
export const recordingFromWire = (value: unknown, dateHeader?: string | null): RecordingSource => {
  const source = recordingSource(value, WIRE_RECORDING);
  const fromHeader = optionalInstant(dateHeader ?? undefined);
  if (source.serverTime === undefined && fromHeader !== undefined) source.serverTime = fromHeader;
  return source;
};

/** Checks what any adapter (including a host's own) returned for a recording. */
export function assertRecordingSource(value: unknown): RecordingSource | null {
  if (value === null) return null;
  const source = recordingSource(value, DOMAIN_RECORDING);
  // What the wire reader dropped (an HTTP adapter's) is still to be reported.
  return withProblems(source, [...problemsOf(value), ...problemsOf(source)]);
}

export function assistantsFromWire(value: unknown): { id: string; name: string }[] {
  const list = Array.isArray(value) ? value : array(object(value, 'response').data, 'response.data');
  return list.map((a, i) => {
    const o = object(a, `response.data[${i}]`);
    return { id: string(o.id, `response.data[${i}].id`), name: string(o.name, `response.data[${i}].name`) };
  });
}

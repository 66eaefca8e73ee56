// One place where untrusted data becomes domain types. Read what backends really send: an empty
// optional string is absent, an unknown enum value is kept as its raw text, a bad optional field is
// dropped (and kept as a problem, see problemsOf); a row with an id is kept with whatever else is
// readable, a row without one is dropped and counted (`unreadable`). Only what cannot be read at all
// fails: AdapterError('invalid-response'), naming the offending field.
import type {
  CallDetail, CallDirection, CallEvent, CallListPage, CallStatus, CallSummary, RecordingAvailability, RecordingSource, TranscriptTurn,
  TranscriptWord,
} from '../types.js';
import type { AdapterError } from './errors.js';
import { problemsOf } from './problems.js';
import { latencyFromWire } from './latency.js';
import { maskedTurn, redactionsFromWire } from './redactions.js';
import { array, compact, invalid, lenient, object, optionalNumber, optionalString, string, withProblems } from './read.js';
export { problemsOf };
export { recordingFromWire, assertRecordingSource } from './validateRecording.js';

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
    labels: optional(() => labelIds(o.labels ?? o.label_ids, `${path}.labels`)),
  });
}

/** Label ids, as strings or as `{ id }` objects; none when the list does not send them. */
function labelIds(value: unknown, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return array(value, path).map((item, i) => string(typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item, `${path}[${i}]`));
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
  return maskedTurn(compact({
    speaker: oneOf(o.speaker, ['caller', 'assistant'] as const, `${path}.speaker`),
    text: typeof o.text === 'string' ? o.text : (() => { throw invalid(`${path}.text`, 'a string', o.text); })(),
    startSeconds,
    endSeconds: lenient(problems, () => optionalNumber(o.end_seconds, `${path}.end_seconds`)),
    words: readWords?.length ? readWords : undefined,
    latency: latencyFromWire(o.latency, `${path}.latency`, problems),
  }), o.redactions ?? o.masked_spans, `${path}.redactions`, problems);
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
    consent: lenient(problems, () => consentFromWire(o.consent, `${path}.consent`)),
    redactions: redactionsFromWire(o.redactions, `${path}.redactions`, problems),
  }), problems);
}

/** When the caller consented (to recording, to AI): seconds, or `{ at_seconds, label? }`. */
function consentFromWire(value: unknown, path: string): CallDetail['consent'] {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return { atSeconds: seconds(value, path) };
  const o = object(value, path);
  return compact({ atSeconds: seconds(o.at_seconds ?? o.atSeconds, `${path}.at_seconds`), label: optionalString(o.label, `${path}.label`) });
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

export function assistantsFromWire(value: unknown): { id: string; name: string }[] {
  const list = Array.isArray(value) ? value : array(object(value, 'response').data, 'response.data');
  return list.map((a, i) => {
    const o = object(a, `response.data[${i}]`);
    return { id: string(o.id, `response.data[${i}].id`), name: string(o.name, `response.data[${i}].name`) };
  });
}

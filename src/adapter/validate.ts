// One place where untrusted data becomes domain types. Every failure is an
// AdapterError('invalid-response') that names the offending field.
import type {
  CallDetail, CallDirection, CallListPage, CallSummary, RecordingAvailability, RecordingSource, TranscriptTurn,
} from '../types.js';
import { CALL_DIRECTIONS, RECORDING_AVAILABILITIES } from '../types.js';
import { AdapterError } from './errors.js';
import { parseInstant } from '../signed-url/lifetime.js';

type Json = Record<string, unknown>;

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

export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : string(value, path);
}

export function optionalNumber(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(path, 'a finite number', value);
  return value;
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

export function callSummaryFromWire(value: unknown, path: string): CallSummary {
  const o = object(value, path);
  return compact({
    id: string(o.id, `${path}.id`),
    assistantId: string(o.assistant_id, `${path}.assistant_id`),
    assistantName: optionalString(o.assistant_name, `${path}.assistant_name`),
    direction: oneOf<CallDirection>(o.direction, CALL_DIRECTIONS, `${path}.direction`),
    status: string(o.status, `${path}.status`),
    fromNumber: optionalString(o.from_number, `${path}.from_number`),
    toNumber: optionalString(o.to_number, `${path}.to_number`),
    startedAt: timestamp(o.started_at, `${path}.started_at`),
    endedAt: optionalTimestamp(o.ended_at, `${path}.ended_at`),
    durationSeconds: optionalNumber(o.duration_seconds, `${path}.duration_seconds`),
    endedReason: optionalString(o.ended_reason, `${path}.ended_reason`),
    costUsd: optionalNumber(o.cost_usd, `${path}.cost_usd`),
    recording: oneOf<RecordingAvailability>(o.recording, RECORDING_AVAILABILITIES, `${path}.recording`),
  });
}

function turnFromWire(value: unknown, path: string): TranscriptTurn {
  const o = object(value, path);
  const startSeconds = optionalNumber(o.start_seconds, `${path}.start_seconds`);
  if (startSeconds === undefined) throw invalid(`${path}.start_seconds`, 'a finite number', o.start_seconds);
  return compact({
    speaker: oneOf(o.speaker, ['caller', 'assistant'] as const, `${path}.speaker`),
    text: typeof o.text === 'string' ? o.text : (() => { throw invalid(`${path}.text`, 'a string', o.text); })(),
    startSeconds,
    endSeconds: optionalNumber(o.end_seconds, `${path}.end_seconds`),
  });
}

function metadataFromWire(value: unknown, path: string): CallDetail['metadata'] {
  if (value === undefined || value === null) return undefined;
  const o = object(value, path);
  for (const [key, v] of Object.entries(o)) {
    if (v !== null && !['string', 'number', 'boolean'].includes(typeof v)) {
      throw invalid(`${path}.${key}`, 'a string, number, boolean or null', v);
    }
  }
  return o as CallDetail['metadata'];
}

export function callDetailFromWire(value: unknown, path = 'call'): CallDetail {
  const o = object(value, path);
  return compact({
    ...callSummaryFromWire(o, path),
    summary: optionalString(o.summary, `${path}.summary`),
    transcript:
      o.transcript === undefined || o.transcript === null
        ? undefined
        : array(o.transcript, `${path}.transcript`).map((t, i) => turnFromWire(t, `${path}.transcript[${i}]`)),
    metadata: metadataFromWire(o.metadata, `${path}.metadata`),
  });
}

export function callListFromWire(value: unknown): CallListPage {
  const o = object(value, 'response');
  const cursor = o.next_cursor;
  if (cursor !== null && cursor !== undefined && typeof cursor !== 'string') {
    throw invalid('response.next_cursor', 'a string or null', cursor);
  }
  return compact({
    calls: array(o.data, 'response.data').map((c, i) => callSummaryFromWire(c, `response.data[${i}]`)),
    nextCursor: cursor ?? null,
    total: optionalNumber(o.total, 'response.total'),
  });
}

function peaks(value: unknown, path: string): [ArrayLike<number>, ArrayLike<number>] | undefined {
  if (value === undefined || value === null) return undefined;
  const channels = array(value, path);
  if (channels.length !== 2) throw invalid(path, 'two channels of peaks', value);
  return channels.map((channel, c) => {
    const list = ArrayBuffer.isView(channel) ? channel : array(channel, `${path}[${c}]`);
    const values = list as ArrayLike<unknown>;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'number' || !(v >= -1 && v <= 1)) throw invalid(`${path}[${c}][${i}]`, 'a number in [-1, 1]', v);
    }
    return values as ArrayLike<number>;
  }) as [ArrayLike<number>, ArrayLike<number>];
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

function positive(value: unknown, path: string): number | undefined {
  const n = optionalNumber(value, path);
  if (n !== undefined && n <= 0) throw invalid(path, 'a positive number', value);
  return n;
}

// The wire names a recording's fields in snake_case, adapters in camelCase; the checks are the same.
const WIRE_RECORDING = { expiresAt: 'expires_at', durationSeconds: 'duration_seconds', callerChannel: 'caller_channel', serverTime: 'server_time' } as const;
const DOMAIN_RECORDING = { expiresAt: 'expiresAt', durationSeconds: 'durationSeconds', callerChannel: 'callerChannel', serverTime: 'serverTime' } as const;

function recordingSource(value: unknown, names: typeof WIRE_RECORDING | typeof DOMAIN_RECORDING): RecordingSource {
  const o = object(value, 'recording');
  const field = (name: string) => [o[name], `recording.${name}`] as const;
  return compact({
    url: url(...field('url')),
    expiresAt: expiry(...field(names.expiresAt)),
    durationSeconds: positive(...field(names.durationSeconds)),
    peaks: peaks(...field('peaks')),
    callerChannel: channel(...field(names.callerChannel)),
    serverTime: optionalInstant(o[names.serverTime]),
  });
}

/** A recording from the wire; `serverTime` from the response's Date header unless the body says it. */
export const recordingFromWire = (value: unknown, dateHeader?: string | null): RecordingSource => {
  const source = recordingSource(value, WIRE_RECORDING);
  const fromHeader = optionalInstant(dateHeader ?? undefined);
  return source.serverTime === undefined && fromHeader !== undefined ? { ...source, serverTime: fromHeader } : source;
};

/** Checks what any adapter (including a host's own) returned for a recording. */
export const assertRecordingSource = (value: unknown): RecordingSource | null =>
  value === null ? null : recordingSource(value, DOMAIN_RECORDING);

export function assistantsFromWire(value: unknown): { id: string; name: string }[] {
  const list = Array.isArray(value) ? value : array(object(value, 'response').data, 'response.data');
  return list.map((a, i) => {
    const o = object(a, `response.data[${i}]`);
    return { id: string(o.id, `response.data[${i}].id`), name: string(o.name, `response.data[${i}].name`) };
  });
}

// A recording source from the wire or from any adapter, checked: what the player needs at open, kept
// apart from the call and list readers so that a page with the player alone carries none of them.
import type { RecordingSource } from '../types.js';
import { PeaksError, readPeaks } from './peaks.js';
import type { AdapterError } from './errors.js';
import { problemsOf } from './problems.js';
import { parseInstant } from '../signed-url/lifetime.js';
import { compact, invalid, lenient, object, optionalNumber, string, withProblems } from './read.js';

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
const WIRE_RECORDING = { expiresAt: 'expires_at', durationSeconds: 'duration_seconds', callerChannel: 'caller_channel', serverTime: 'server_time', downloadBlockedReason: 'download_blocked_reason', originalAvailable: 'original_available' } as const;
const DOMAIN_RECORDING = { expiresAt: 'expiresAt', durationSeconds: 'durationSeconds', callerChannel: 'callerChannel', serverTime: 'serverTime', downloadBlockedReason: 'downloadBlockedReason', originalAvailable: 'originalAvailable' } as const;

function flag(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(path, 'true or false', value);
  return value;
}

/** `channels: { caller: { url, expires_at }, assistant: { … } }`: one file per side. */
function signedFiles(value: unknown, names: typeof WIRE_RECORDING | typeof DOMAIN_RECORDING): RecordingSource['channels'] {
  if (value === undefined || value === null) return undefined;
  const o = object(value, 'recording.channels');
  const file = (side: 'caller' | 'assistant') => {
    const f = object(o[side], `recording.channels.${side}`);
    return { url: url(f.url, `recording.channels.${side}.url`), expiresAt: expiry(f[names.expiresAt], `recording.channels.${side}.${names.expiresAt}`) };
  };
  return { caller: file('caller'), assistant: file('assistant') };
}

function recordingSource(value: unknown, names: typeof WIRE_RECORDING | typeof DOMAIN_RECORDING): RecordingSource {
  const raw = object(value, 'recording');
  const channels = signedFiles(raw.channels, names);
  // Two files: the caller's stands for the recording wherever one URL is read.
  const o = channels && raw.url === undefined ? { ...raw, url: channels.caller.url, [names.expiresAt]: channels.caller.expiresAt } : raw;
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
    // Unreadable, Download is withheld: offering a file under a legal hold is the worse mistake.
    downloadable: o.downloadable === undefined || o.downloadable === null ? undefined : optional(() => flag(...field('downloadable'))) ?? false,
    downloadBlockedReason: optional(() => (o[names.downloadBlockedReason] == null ? undefined : string(...field(names.downloadBlockedReason)))),
    variant: o.variant === 'redacted' || o.variant === 'original' ? o.variant : undefined,
    originalAvailable: o[names.originalAvailable] === true ? true : undefined,
    channels,
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

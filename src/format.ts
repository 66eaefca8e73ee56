// Pure formatting shared by every component: clock times, spoken durations, the words for enums.
import type { CommonMessages } from './i18n/messages.common.js';
import type { ReviewMessages } from './i18n/messages.review.js';
import type { RecordingAvailability } from './types.js';

/** `m:ss`, or `h:mm:ss` from an hour on; negative and unknown times read as 0:00. */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const unitFormats = new Map<string, Intl.NumberFormat>();
function unit(locale: string | undefined, name: 'hour' | 'minute' | 'second', value: number): string {
  const key = `${locale ?? ''}|${name}`;
  let format = unitFormats.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; a new formatter writes the same
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' });
    unitFormats.set(key, format);
  }
  return format.format(value);
}

/** "1 hour 2 minutes 5 seconds", "4 minutes", "0 seconds": whole seconds, spoken by screen readers. */
export function describeDuration(seconds: number, locale?: string): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h) parts.push(unit(locale, 'hour', h));
  if (m) parts.push(unit(locale, 'minute', m));
  if (s || parts.length === 0) parts.push(unit(locale, 'second', s));
  return parts.join(' ');
}

/** Fills `{name}` placeholders of a message. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (own(values, name) ? String(values[name]) : whole));
}

// ---- words for the backend's enums: known values in the catalog's words, unknown ones as sent ----
function own(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

export function directionText(m: CommonMessages, direction: string): string {
  if (typeof direction !== 'string' || !direction) return '—';
  return direction === 'inbound' ? m.directionInbound : direction === 'outbound' ? m.directionOutbound : direction === 'web' ? m.directionWeb : direction;
}

/** A status in the catalog's words; unknown statuses (even `__proto__`) as the backend's text. */
export function statusText(m: CommonMessages, status: string): string {
  if (typeof status !== 'string' || !status) return '—';
  return own(m.statusLabels, status) ? m.statusLabels[status]! : status;
}

const RECORDING_WORDS = {
  available: 'recordingAvailable',
  processing: 'recordingProcessing',
  disabled: 'recordingDisabled',
  'not-captured': 'recordingNotCaptured',
  purged: 'recordingPurged',
} as const satisfies Record<RecordingAvailability, keyof CommonMessages>;

export const isKnownRecording = (state: string): state is RecordingAvailability => own(RECORDING_WORDS, state);

export function recordingText(m: CommonMessages, state: string): string {
  if (typeof state !== 'string' || !state) return m.recordingUnknown;
  return isKnownRecording(state) ? m[RECORDING_WORDS[state]] : fillMessage(m.recordingOther, { state });
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; a new formatter writes the same
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Whole milliseconds with their unit ("420 ms"). */
export function formatMilliseconds(ms: number, locale?: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 }).format(ms);
}

/** A short span in seconds with one decimal ("0.8 s", "0,8 s"). */
export function formatSeconds(seconds: number, m: ReviewMessages, locale?: string): string {
  return fillMessage(m.secondsShort, { seconds: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(seconds) });
}

/** A share of a whole as a whole percent ("34 %" or "34%", as the locale writes it). */
export function formatShare(share: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

const EVENT_WORDS = { 'tool-call': 'eventToolCall', handoff: 'eventHandoff', transfer: 'eventTransfer', hold: 'eventHold', dtmf: 'eventDtmf', consent: 'eventConsent' } as const;

/** A call event's type in the catalog's words; an unknown type as the backend sent it. */
export function eventTypeText(m: ReviewMessages, type: string): string {
  return own(EVENT_WORDS, type) ? m[EVENT_WORDS[type as keyof typeof EVENT_WORDS]] : type;
}

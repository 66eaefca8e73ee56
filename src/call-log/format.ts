// How each column shows a call, through Intl for the locale.
import type { CallSummary } from '../types.js';
import { formatClock } from '../format.js';

export interface CallFormatters {
  dateTime(iso: string): string;
  money(usd: number | undefined): string;
  duration(seconds: number | undefined): string;
}

// Intl formatters are costly to create (tens of ms the first time in a page): one set per locale.
const cache = new Map<string, CallFormatters>();

export function callFormatters(locale: string | undefined): CallFormatters {
  const hit = cache.get(locale ?? '');
  if (hit) return hit;
  const made = makeFormatters(locale);
  cache.set(locale ?? '', made);
  return made;
}

function makeFormatters(locale: string | undefined): CallFormatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return {
    dateTime: (iso) => {
      // A start the backend did not say (or said unreadably) is unknown, not text to show.
      const t = typeof iso === 'string' && iso ? Date.parse(iso) : Number.NaN;
      return Number.isNaN(t) ? '—' : date.format(t);
    },
    money: (usd) => (usd === undefined ? '—' : money.format(usd)),
    duration: (seconds) => (seconds === undefined ? '—' : formatClock(seconds)),
  };
}

/**
 * One CSV field: quoted when needed, and guarded against spreadsheet formula injection. A phone number
 * in E.164 form (`+14155550123`) is no formula and stays as it is, so it imports as the number it is.
 */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string' && !/^\+[1-9]\d{6,14}$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS: { header: string; value: (c: CallSummary) => string | number | undefined }[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'started_at', value: (c) => c.startedAt },
  { header: 'ended_at', value: (c) => c.endedAt },
  { header: 'direction', value: (c) => c.direction },
  { header: 'from_number', value: (c) => c.fromNumber },
  { header: 'to_number', value: (c) => c.toNumber },
  { header: 'assistant_id', value: (c) => c.assistantId },
  { header: 'assistant_name', value: (c) => c.assistantName },
  { header: 'status', value: (c) => c.status },
  { header: 'ended_reason', value: (c) => c.endedReason },
  { header: 'duration_seconds', value: (c) => c.durationSeconds },
  { header: 'cost_usd', value: (c) => c.costUsd },
  { header: 'recording', value: (c) => c.recording },
];

export function toCsv(calls: readonly CallSummary[]): string {
  const lines = [CSV_COLUMNS.map((c) => c.header).join(',')];
  for (const call of calls) lines.push(CSV_COLUMNS.map((c) => csvField(c.value(call))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// Pure: calls as CSV text, guarded against spreadsheet formula injection.
import type { CallSummary } from '../types.js';

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

import type { ReactNode } from 'react';
import type { CallSortField, CallSummary, RecordingAvailability } from '../types.js';
import type { LogWords } from '../i18n/messages.log.js';
import type { CallFormatters } from './format.js';
import { directionText, isKnownRecording, recordingText, statusText } from '../format.js';
import type { PartProps } from '../theme/parts.js';

export type CallLogColumnId = 'play' | 'startedAt' | 'direction' | 'from' | 'to' | 'assistant' | 'status' | 'duration' | 'cost' | 'recording' | 'labels';

export const DEFAULT_COLUMNS: readonly CallLogColumnId[] = ['startedAt', 'direction', 'from', 'to', 'assistant', 'status', 'duration', 'cost', 'recording'];

export interface ColumnDef {
  id: CallLogColumnId;
  header: (m: LogWords, part: (name: string) => PartProps) => ReactNode;
  /** Pixels; the row's grid track. */
  width: number;
  /** Which columns give way first when the log is narrow: the highest number goes first. */
  priority: number;
  sort?: CallSortField;
  align?: 'end';
  cell: (call: CallSummary, f: CallFormatters, m: LogWords, part: (name: string) => PartProps) => ReactNode;
}

const RECORDING_ICON: Record<RecordingAvailability, string> = {
  available: 'M4 12h2l2-5 3 10 3-8 2 3h4',
  processing: 'M12 6v6l4 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z',
  disabled: 'M5 5l14 14M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z',
  'not-captured': 'M7 12h10',
  purged: 'M6 7h12M9 7V4h6v3m-8 0 1 13h8l1-13',
};


export const COLUMNS: Record<CallLogColumnId, ColumnDef> = {
  // Its cells are the table's own (one row plays at a time); the header names it for screen readers.
  play: { id: 'play', header: (m, part) => <span {...part('sr-only')}>{m.columnPlay}</span>, width: 56, priority: 0, cell: () => null },
  startedAt: { id: 'startedAt', header: (m) => m.columnStartedAt, width: 200, priority: 1, sort: 'startedAt', cell: (c, f) => f.dateTime(c.startedAt) },
  direction: { id: 'direction', header: (m) => m.columnDirection, width: 96, priority: 9, cell: (c, _f, m) => directionText(m, c.direction) },
  from: { id: 'from', header: (m) => m.columnFrom, width: 136, priority: 4, cell: (c) => c.fromNumber ?? '—' },
  to: { id: 'to', header: (m) => m.columnTo, width: 136, priority: 8, cell: (c) => c.toNumber ?? '—' },
  assistant: { id: 'assistant', header: (m) => m.columnAssistant, width: 148, priority: 6, cell: (c) => c.assistantName ?? c.assistantId },
  status: {
    id: 'status', header: (m) => m.columnStatus, width: 112, priority: 2,
    cell: (c, _f, m, part) => <span {...part('status')} data-status={c.status}>{statusText(m, c.status)}</span>,
  },
  duration: { id: 'duration', header: (m) => m.columnDuration, width: 84, priority: 3, sort: 'durationSeconds', align: 'end', cell: (c, f) => f.duration(c.durationSeconds) },
  cost: { id: 'cost', header: (m) => m.columnCost, width: 92, priority: 7, sort: 'costUsd', align: 'end', cell: (c, f) => f.money(c.costUsd) },
  labels: { id: 'labels', header: (m) => m.columnLabels, width: 148, priority: 5, cell: (c, f, _m, part) => <span {...part('labels')}>{f.labels?.(c.labels) ?? ''}</span> },
  recording: {
    id: 'recording', header: (m) => m.columnRecording, width: 104, priority: 5,
    cell: (c, _f, m, part) => (
      <span {...part('recording')} data-recording={c.recording} title={recordingText(m, c.recording)}>
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={isKnownRecording(c.recording) ? RECORDING_ICON[c.recording] : RECORDING_ICON['not-captured']} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span {...part('sr-only')}>{recordingText(m, c.recording)}</span>
      </span>
    ),
  },
};

/** Below this width (px) the log shows each call as a two-line row: number and status, then when, how long, recording. */
export const STACK_BELOW = 560;
const STACKED_COLUMNS: readonly CallLogColumnId[] = ['play', 'from', 'status', 'startedAt', 'duration', 'recording'];

/** The columns of a stacked (narrow) log: the stacked set, as far as the host shows those columns. */
export function stackedColumns(ids: readonly CallLogColumnId[]): CallLogColumnId[] {
  const chosen = STACKED_COLUMNS.filter((id) => ids.includes(id));
  return chosen.length > 0 ? chosen : [...ids];
}

/**
 * The columns that fit `width` pixels: lower-priority ones give way, one at a time, until the rest
 * fit (at least one stays). Order is kept. A width of 0 (not measured yet, or on the server) fits all.
 */
export function fitColumns(ids: readonly CallLogColumnId[], width: number): CallLogColumnId[] {
  const shown = [...ids];
  const total = () => shown.reduce((sum, id) => sum + COLUMNS[id].width, 0);
  while (width > 0 && shown.length > 1 && total() > width) {
    const drop = shown.reduce((worst, id) => (COLUMNS[id].priority > COLUMNS[worst].priority ? id : worst));
    shown.splice(shown.indexOf(drop), 1);
  }
  return shown;
}

// Pure: what the user picked in the toolbar → the CallListQuery the adapter gets.
import type { CallDirection, CallListQuery, CallSortField, CallStatus, SortOrder } from '../types.js';

export type DateRange = 'all' | 'today' | 'last7' | 'last30' | 'custom';

export interface CallLogFilters {
  range: DateRange;
  /** `YYYY-MM-DD` (local day), used when `range` is `custom`. */
  from?: string;
  to?: string;
  status: CallStatus[];
  direction: CallDirection[];
  assistantId?: string;
  /** Calls with a note of this label. */
  labelId?: string;
  search: string;
}

export interface CallLogSort {
  field: CallSortField;
  order: SortOrder;
}

export const EMPTY_FILTERS: CallLogFilters = { range: 'all', status: [], direction: [], search: '' };
export const DEFAULT_SORT: CallLogSort = { field: 'startedAt', order: 'desc' };

const DAY = 86_400_000;

function startOfLocalDay(time: number): Date {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d;
}

function localDay(text: string | undefined, endOfDay: boolean): string | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = endOfDay ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The query for a set of filters. Preset ranges start at a local midnight, so the query (and its
 * cache key) stays the same all day instead of changing every time `now` moves.
 */
export function filtersToQuery(filters: CallLogFilters, sort: CallLogSort, now: number, limit = 100): Omit<CallListQuery, 'cursor'> {
  const query: Omit<CallListQuery, 'cursor'> = { limit, sort: { field: sort.field, order: sort.order } };
  const today = startOfLocalDay(now);
  if (filters.range === 'today') query.from = today.toISOString();
  if (filters.range === 'last7') query.from = new Date(today.getTime() - 6 * DAY).toISOString();
  if (filters.range === 'last30') query.from = new Date(today.getTime() - 29 * DAY).toISOString();
  if (filters.range === 'custom') {
    const from = localDay(filters.from, false);
    const to = localDay(filters.to, true);
    if (from) query.from = from;
    if (to) query.to = to;
  }
  if (filters.status.length) query.status = [...filters.status].sort();
  if (filters.direction.length) query.direction = [...filters.direction].sort();
  if (filters.assistantId) query.assistantId = filters.assistantId;
  if (filters.labelId) query.labelId = filters.labelId;
  const search = filters.search.trim();
  if (search) query.search = search;
  return query;
}

export function activeFilterCount(filters: CallLogFilters): number {
  return (
    (filters.range !== 'all' ? 1 : 0) +
    (filters.status.length ? 1 : 0) +
    (filters.direction.length ? 1 : 0) +
    (filters.assistantId ? 1 : 0) +
    (filters.labelId ? 1 : 0) +
    (filters.search.trim() ? 1 : 0)
  );
}

/** Next sort when a column header is pressed: the same column flips, a new one starts descending. */
export function nextSort(current: CallLogSort, field: CallSortField): CallLogSort {
  if (current.field === field) return { field, order: current.order === 'desc' ? 'asc' : 'desc' };
  return { field, order: 'desc' };
}

export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

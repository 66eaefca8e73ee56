import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { nextLocalMidnight, useLocalDay } from '../../src/shared/useLocalDay';
import { activeFilterCount, DEFAULT_SORT, EMPTY_FILTERS, filtersToQuery, nextSort, toggleIn, type CallLogFilters } from '../../src/call-log/filters';
import { csvField, toCsv } from '../../src/call-log/csv';

// 2026-11-24 15:30 local time
const NOW = new Date(2026, 10, 24, 15, 30).getTime();
const midnight = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();

describe('filtersToQuery', () => {
  it.each<[string, Partial<CallLogFilters>, Record<string, unknown>]>([
    ['no filters', {}, {}],
    ['today', { range: 'today' }, { from: midnight(2026, 11, 24) }],
    ['last 7 days (today and the six before)', { range: 'last7' }, { from: midnight(2026, 11, 18) }],
    ['last 30 days', { range: 'last30' }, { from: midnight(2026, 10, 26) }],
    ['a custom range, whole local days', { range: 'custom', from: '2026-11-01', to: '2026-11-03' }, { from: midnight(2026, 11, 1), to: new Date(2026, 10, 3, 23, 59, 59, 999).toISOString() }],
    ['a custom range with only a start', { range: 'custom', from: '2026-11-01' }, { from: midnight(2026, 11, 1) }],
    ['a malformed custom date is ignored', { range: 'custom', from: '11/01/2026' }, {}],
    ['a five-digit year or a three-digit day is no date', { range: 'custom', from: '12026-11-01', to: '2026-11-013' }, {}],
    ['dates kept from a custom range do not count once a preset is chosen', { range: 'last7', from: '2026-11-01', to: '2026-11-03' }, { from: midnight(2026, 11, 18) }],
    ['statuses, sorted for a stable key', { status: ['no-answer', 'completed'] }, { status: ['completed', 'no-answer'] }],
    ['directions', { direction: ['web', 'inbound'] }, { direction: ['inbound', 'web'] }],
    ['an assistant', { assistantId: 'asst_1' }, { assistantId: 'asst_1' }],
    ['a label of the calls\' notes', { labelId: 'hallucination' }, { labelId: 'hallucination' }],
    ['search, trimmed', { search: '  +1415 ' }, { search: '+1415' }],
    ['blank search is no search', { search: '   ' }, {}],
  ])('%s', (_name, filters, expected) => {
    // Strictly: a key set to undefined would still be a different query key for a host's cache.
    expect(filtersToQuery({ ...EMPTY_FILTERS, ...filters }, DEFAULT_SORT, NOW, 50)).toStrictEqual({
      limit: 50, sort: { field: 'startedAt', order: 'desc' }, ...expected,
    });
  });

  it('keeps the same query all day for preset ranges', () => {
    const morning = filtersToQuery({ ...EMPTY_FILTERS, range: 'last7' }, DEFAULT_SORT, new Date(2026, 10, 24, 8).getTime());
    const evening = filtersToQuery({ ...EMPTY_FILTERS, range: 'last7' }, DEFAULT_SORT, new Date(2026, 10, 24, 22).getTime());
    expect(morning).toEqual(evening);
  });

  it('passes the sort through', () => {
    expect(filtersToQuery(EMPTY_FILTERS, { field: 'costUsd', order: 'asc' }, NOW).sort).toEqual({ field: 'costUsd', order: 'asc' });
  });
});

describe('filter helpers', () => {
  it.each<[Partial<CallLogFilters>, number]>([
    [{}, 0],
    [{ range: 'today' }, 1],
    [{ status: ['failed'], direction: ['web'], search: 'x' }, 3],
    [{ search: '  ' }, 0],
    [{ labelId: 'great', assistantId: 'a' }, 2],
  ])('counts active filters in %o as %i', (filters, count) => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, ...filters })).toBe(count);
  });

  it.each([
    [{ field: 'startedAt', order: 'desc' }, 'startedAt', { field: 'startedAt', order: 'asc' }],
    [{ field: 'startedAt', order: 'asc' }, 'startedAt', { field: 'startedAt', order: 'desc' }],
    [{ field: 'startedAt', order: 'asc' }, 'costUsd', { field: 'costUsd', order: 'desc' }],
    [{ field: 'startedAt', order: 'desc' }, 'costUsd', { field: 'costUsd', order: 'desc' }],
  ] as const)('from %o pressing %s sorts %o', (current, field, expected) => {
    expect(nextSort(current, field)).toEqual(expected);
  });

  it('toggles a value in a list', () => {
    expect(toggleIn(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleIn(['a'], 'b')).toEqual(['a', 'b']);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+14155550100', '+14155550100'], // E.164: no formula, imports as the number it is
    ['+1+1', "'+1+1"],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
  ])('writes %j as %s', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('keeps numbers as numbers, even negative ones, and leaves blanks for missing values', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(undefined)).toBe('');
  });

  it('writes a header and one line per call', () => {
    const csv = toCsv([{ id: 'c1', assistantId: 'a', direction: 'web', status: 'completed', startedAt: '2026-11-24T10:00:00Z', recording: 'available', costUsd: 0.5 }]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,started_at,ended_at,direction,from_number,to_number,assistant_id,assistant_name,status,ended_reason,duration_seconds,cost_usd,recording');
    expect(lines[1]).toBe('c1,2026-11-24T10:00:00Z,,web,,,a,,completed,,,0.5,available');
  });
});

describe('"Today" rolls over at local midnight', () => {
  it('finds the next local midnight', () => {
    const evening = new Date(2026, 10, 24, 23, 59, 30).getTime();
    expect(nextLocalMidnight(evening)).toBe(new Date(2026, 10, 25).getTime());
    expect(nextLocalMidnight(new Date(2026, 10, 25).getTime())).toBe(new Date(2026, 10, 26).getTime());
  });

  it('moves "now" on once the day changes, so the query for today does too', async () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(2026, 10, 24, 23, 59, 0));
      const { result } = renderHook(() => filtersToQuery({ ...EMPTY_FILTERS, range: 'today' }, DEFAULT_SORT, useLocalDay()));
      expect(result.current.from).toBe(new Date(2026, 10, 24).toISOString());
      await act(async () => {
        await vi.advanceTimersByTimeAsync(90_000);
      });
      expect(result.current.from).toBe(new Date(2026, 10, 25).toISOString());
    } finally {
      vi.useRealTimers();
    }
  });
});

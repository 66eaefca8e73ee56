// @vitest-environment node
// The call log's pure helpers at their edges: CSV fields a spreadsheet cannot run, every page of an
// export from a backend that repeats a cursor, and each column as a locale writes it.
import { describe, expect, it, vi } from 'vitest';
import { csvField, CSV_COLUMNS, toCsv } from '../../src/call-log/csv';
import { collectPages } from '../../src/call-log/paging';
import { callFormatters } from '../../src/call-log/format';
import type { CallSummary } from '../../src/types';

describe('a CSV field', () => {
  it.each([
    [undefined, ''], [null, ''], [0, '0'], [-3, '-3'], [12.5, '12.5'], ['plain', 'plain'],
    ['=SUM(A1)', "'=SUM(A1)"], ['+cmd', "'+cmd"], ['-1+2', "'-1+2"], ['@A1', "'@A1"], ['\tx', "'\tx"], ['\rx', '"\'\rx"'],
    ['+14155550123', '+14155550123'], ['-1+14155550123', "'-1+14155550123"], ['+1415555', '+1415555'], ['+141555', "'+141555"], ['+0415555012', "'+0415555012"], ['+1415555012345678', "'+1415555012345678"],
    ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], ['=a,b', '"\'=a,b"'],
  ])('%j is written %j', (value, text) => {
    expect(csvField(value as string)).toBe(text);
  });

  it('writes a header and one line per call, every field in its column, each line ended by CRLF', () => {
    const call: CallSummary = {
      id: 'c1', assistantId: 'a1', assistantName: 'Desk, main', direction: 'inbound', status: 'completed', fromNumber: '+14155550123',
      startedAt: '2026-11-20T10:00:00Z', durationSeconds: 0, costUsd: 0.41, recording: 'available', endedReason: '=HYPERLINK("x")',
    };
    expect(toCsv([call, { ...call, id: 'c2', endedAt: '2026-11-20T10:03:00Z', toNumber: '+14155550199' }])).toBe(
      'id,started_at,ended_at,direction,from_number,to_number,assistant_id,assistant_name,status,ended_reason,duration_seconds,cost_usd,recording\r\n'
      + 'c1,2026-11-20T10:00:00Z,,inbound,+14155550123,,a1,"Desk, main",completed,"\'=HYPERLINK(""x"")",0,0.41,available\r\n'
      + 'c2,2026-11-20T10:00:00Z,2026-11-20T10:03:00Z,inbound,+14155550123,+14155550199,a1,"Desk, main",completed,"\'=HYPERLINK(""x"")",0,0.41,available\r\n',
    );
    expect(toCsv([])).toBe(`${CSV_COLUMNS.map((c) => c.header).join(',')}\r\n`);
  });
});

describe('every page of an export', () => {
  const pages = (...list: [number[], string | null][]) => {
    const fetchPage = vi.fn(async (cursor: string | null) => {
      const page = list.shift();
      if (!page) throw new Error(`asked again after the end (cursor ${cursor})`);
      return { calls: page[0], nextCursor: page[1] };
    });
    return fetchPage;
  };

  it('follows the cursor to the end, reporting the count as it goes', async () => {
    const fetchPage = pages([[1, 2], 'c2'], [[3], 'c3'], [[4], null]);
    const progress = vi.fn();
    expect(await collectPages(fetchPage, 10, progress)).toEqual({ calls: [1, 2, 3, 4], stopped: null });
    expect(fetchPage.mock.calls.map(([c]) => c)).toEqual([null, 'c2', 'c3']);
    expect(progress.mock.calls.map(([n]) => n)).toEqual([2, 3, 4]);
  });

  it('stops at a cursor it has seen, and says so', async () => {
    expect(await collectPages(pages([[1], 'c2'], [[2], 'c2']), 10)).toEqual({ calls: [1, 2], stopped: 'cursor' });
  });

  it('stops at an empty page that still carries a cursor, without calling it a repeat', async () => {
    expect(await collectPages(pages([[1], 'c2'], [[], 'c3']), 10)).toEqual({ calls: [1], stopped: null });
  });

  it('stops at the limit, exactly when it is reached with more to come, and not when the last page fills it', async () => {
    expect(await collectPages(pages([[1, 2], 'c2'], [[3, 4, 5], 'c3']), 3)).toEqual({ calls: [1, 2, 3], stopped: 'limit' });
    expect(await collectPages(pages([[1, 2], 'c2'], [[3], 'c3']), 3)).toEqual({ calls: [1, 2, 3], stopped: 'limit' });
    expect(await collectPages(pages([[1, 2], 'c2'], [[3], null]), 3)).toEqual({ calls: [1, 2, 3], stopped: null });
  });
});

describe('each column as a locale writes it', () => {
  it('writes dates, money and durations, and a dash for what is unknown', () => {
    const en = callFormatters('en-US');
    expect(en.dateTime('2026-11-20T10:00:00Z')).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse('2026-11-20T10:00:00Z')));
    expect(en.dateTime('')).toBe('—');
    expect(en.dateTime('soon')).toBe('—');
    expect(en.dateTime(undefined as never)).toBe('—');
    expect(en.money(0.41)).toBe('$0.41');
    expect(en.money(0.0125)).toBe('$0.0125');
    expect(en.money(0)).toBe('$0.00');
    expect(en.money(undefined)).toBe('—');
    expect(en.duration(65)).toBe('1:05');
    expect(en.duration(0)).toBe('0:00');
    expect(en.duration(undefined)).toBe('—');
  });

  it('keeps one set of formatters per locale, each in its own locale', () => {
    expect(callFormatters('de-DE')).toBe(callFormatters('de-DE'));
    expect(callFormatters('de-DE').money(1.5)).toBe('1,50\u00a0$');
    expect(callFormatters('en-US').money(1.5)).toBe('$1.50');
    expect(callFormatters(undefined)).toBe(callFormatters(undefined));
  });
});

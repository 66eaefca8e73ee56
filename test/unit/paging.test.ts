import { describe, expect, it, vi } from 'vitest';
import { collectPages } from '../../src/call-log/paging';
import { cursorAfter } from '../../src/queries/cursor';

const page = (calls: number[], nextCursor: string | null) => ({ calls, nextCursor });

describe('cursorAfter', () => {
  it.each([
    ['a new cursor', page([1], 'c2'), [null, 'c1'], 'c2'],
    ['the end', page([1], null), [null], null],
    ['an empty cursor', page([1], ''), [null], null],
    ['the same cursor again', page([1], 'c1'), [null, 'c1'], null],
    ['an older cursor (a cycle)', page([1], 'c1'), [null, 'c1', 'c2'], null],
    ['an empty page that still carries a cursor', page([], 'c9'), [null], null],
  ] as const)('%s', (_name, p, seen, expected) => {
    expect(cursorAfter(p as never, seen)).toBe(expected);
  });
});

describe('collectPages (export)', () => {
  it('reads to the end', async () => {
    const pages: Record<string, ReturnType<typeof page>> = { start: page([1, 2], 'a'), a: page([3], 'b'), b: page([4], null) };
    const result = await collectPages(async (cursor) => pages[cursor ?? 'start']!);
    expect(result).toEqual({ calls: [1, 2, 3, 4], stopped: null });
  });

  it('stops, and says so, when the backend repeats a cursor forever', async () => {
    const fetchPage = vi.fn(async () => page([1, 2], 'same'));
    const result = await collectPages(fetchPage);
    expect(result).toEqual({ calls: [1, 2, 1, 2], stopped: 'cursor' });
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('stops at the cap and says so', async () => {
    let n = 0;
    const progress = vi.fn();
    const result = await collectPages(async () => page([n++, n++, n++], `c${n}`), 7, progress);
    expect(result.calls).toHaveLength(7);
    expect(result.stopped).toBe('limit');
    expect(progress).toHaveBeenLastCalledWith(7);
  });

  it('an empty page with a cursor is the end, not an error', async () => {
    const result = await collectPages(async (cursor) => (cursor ? page([], 'again') : page([1], 'x')));
    expect(result).toEqual({ calls: [1], stopped: null });
  });
});

describe('the call log\'s pages', () => {
  it('stop when the backend repeats a cursor, instead of asking forever', async () => {
    const { QueryClient } = await import('@tanstack/react-query');
    const { callListOptions } = await import('../../src/queries/options');
    const { createMemoryAdapter } = await import('../../src');
    const memory = createMemoryAdapter({ calls: 10 });
    const listCalls = vi.fn(async () => ({ calls: (await memory.listCalls({ limit: 5 })).calls, nextCursor: 'stuck' }));
    const client = new QueryClient();
    const data = await client.fetchInfiniteQuery({ ...callListOptions({ ...memory, listCalls }, {}), pages: 10 });
    expect(data.pages).toHaveLength(2);
    expect(listCalls).toHaveBeenCalledTimes(2);
  });
});

// Pure: every page for an export, and when to stop asking. Backends repeat a cursor, or send empty pages that still carry
// one; following them would ask forever.
import type { CallListPage } from '../types.js';
import { cursorAfter } from '../queries/cursor.js';

/** The most calls one CSV export holds (a few tens of MB of text). */
export const EXPORT_LIMIT = 100_000;

export interface ExportResult<T> {
  calls: T[];
  /** Why it stopped before the backend said "no more": the cap, or a cursor that did not move on. */
  stopped: 'limit' | 'cursor' | null;
}

/**
 * Every page from the first, for an export: stops at the end, at a cursor that does not move on, or
 * at `limit` calls, and says which.
 */
export async function collectPages<T>(
  fetchPage: (cursor: string | null) => Promise<{ calls: T[]; nextCursor: string | null }>,
  limit = EXPORT_LIMIT,
  onProgress?: (count: number) => void,
): Promise<ExportResult<T>> {
  const calls: T[] = [];
  const seen: (string | null)[] = [null];
  for (let cursor: string | null = null; ;) {
    const page = await fetchPage(cursor);
    const room = limit - calls.length;
    calls.push(...page.calls.slice(0, room));
    onProgress?.(calls.length);
    const next = cursorAfter(page as CallListPage, seen);
    if (page.calls.length > room || (calls.length >= limit && next)) return { calls, stopped: 'limit' };
    if (!next) return { calls, stopped: page.nextCursor && page.calls.length > 0 ? 'cursor' : null };
    seen.push(next);
    cursor = next;
  }
}

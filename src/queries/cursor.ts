// Pure: when to stop asking for pages. Backends repeat a cursor, or send empty pages that still carry
// one; following them would ask forever.
import type { CallListPage } from '../types.js';

/** The cursor of the next page, or null when there is none to follow. */
export function cursorAfter(page: CallListPage, seen: Iterable<string | null>): string | null {
  const next = page.nextCursor;
  if (!next || page.calls.length === 0) return null;
  for (const cursor of seen) if (cursor === next) return null;
  return next;
}

import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Which rows of a fixed-height list are in view, from the scroll position alone: O(visible rows),
 * with no per-row bookkeeping, so 100,000 rows cost no more than 100.
 */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number) {
  if (count === 0) return { start: 0, end: -1 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewport) / rowHeight) - 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count - 1, last + overscan) };
}

/** Scroll offset that brings row `index` into view, or null when it already is. */
export function scrollOffsetFor(index: number, scrollTop: number, viewport: number, rowHeight: number, headerHeight = 0): number | null {
  const top = index * rowHeight;
  const visibleTop = scrollTop;
  const visibleBottom = scrollTop + viewport - headerHeight;
  if (top < visibleTop) return top;
  if (top + rowHeight > visibleBottom) return top + rowHeight - (viewport - headerHeight);
  return null;
}

export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 8, headerHeight = 0) {
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const read = () => setView((v) => (v.scrollTop === el.scrollTop && v.height === el.clientHeight ? v : { scrollTop: el.scrollTop, height: el.clientHeight }));
    read();
    el.addEventListener('scroll', read, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null;
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [scrollRef]);
  const { start, end } = rowWindow(view.scrollTop, view.height - headerHeight, rowHeight, count, overscan);
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const to = scrollOffsetFor(index, el.scrollTop, el.clientHeight, rowHeight, headerHeight);
      if (to !== null) el.scrollTop = to;
    },
    [scrollRef, rowHeight, headerHeight],
  );
  return { start, end, totalHeight: count * rowHeight, scrollToIndex };
}

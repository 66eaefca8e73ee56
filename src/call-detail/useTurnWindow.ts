// Which turns of a long transcript are drawn: the ones in view and a margin, measured as they are drawn.
// The list scrolls itself when the theme gives it a height; otherwise the page does, and the visible
// span is where the list meets the window. The focused turn always stays drawn.
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';
import { RowHeights, rowRange } from './rowHeights.js';

const OVERSCAN_PX = 600;

function scrollsItself(list: HTMLElement): boolean {
  const overflow = getComputedStyle(list).overflowY;
  return overflow === 'auto' || overflow === 'scroll';
}

/** The part of the list's content that is on screen, in the list's own coordinates. */
function visibleSpan(list: HTMLElement): { top: number; bottom: number } {
  if (scrollsItself(list)) return { top: list.scrollTop, bottom: list.scrollTop + list.clientHeight };
  const rect = list.getBoundingClientRect();
  const viewport = list.ownerDocument.defaultView?.innerHeight ?? 800;
  return { top: Math.max(0, -rect.top), bottom: Math.max(0, Math.min(rect.height, viewport - rect.top)) };
}

export interface TurnWindow {
  /** The rows to draw, in order; `gap` is the space of the rows left out just above one. */
  rows: { index: number; gap: number }[];
  /** Space above the first drawn row and below the last. */
  before: number;
  after: number;
  /** Ref for each drawn row (with `data-index`): measures it. */
  measure(element: HTMLElement | null): void;
  /** Brings a turn into view, a third of the way down. */
  scrollTo(index: number): void;
  /** Whether a turn is wholly within the visible span. */
  inView(index: number): boolean;
  setFocused(index: number | null): void;
}

export function useTurnWindow(listRef: RefObject<HTMLElement | null>, count: number): TurnWindow {
  const heights = useMemo(() => new RowHeights(count), [count]);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [span, setSpan] = useState({ top: 0, bottom: 800 });
  const [focused, setFocused] = useState<number | null>(null);
  const frame = useRef(0);

  const readSpan = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const list = listRef.current;
      if (!list) return;
      const next = visibleSpan(list);
      setSpan((old) => (Math.abs(old.top - next.top) < 1 && Math.abs(old.bottom - next.bottom) < 1 ? old : next));
    });
  }, [listRef]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    setSpan(visibleSpan(list));
    const view = list.ownerDocument.defaultView;
    list.addEventListener('scroll', readSpan, { passive: true });
    view?.addEventListener('scroll', readSpan, { passive: true, capture: true });
    view?.addEventListener('resize', readSpan);
    const resize = new ResizeObserver(readSpan);
    resize.observe(list);
    return () => {
      cancelAnimationFrame(frame.current);
      list.removeEventListener('scroll', readSpan);
      view?.removeEventListener('scroll', readSpan, { capture: true });
      view?.removeEventListener('resize', readSpan);
      resize.disconnect();
    };
  }, [listRef, readSpan, count]);

  // One observer for all drawn rows: a row that wraps differently (a resize, a font) is measured again.
  // Made by the first row that is measured, never during render: a server has no ResizeObserver.
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => {
    observer.current?.disconnect();
    observer.current = null;
  }, [heights]);

  const measure = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    heights.set(Number(element.dataset.index), element.offsetHeight);
    if (!observer.current) {
      let pending = 0;
      observer.current = new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const row = entry.target as HTMLElement;
          changed = heights.set(Number(row.dataset.index), row.offsetHeight) || changed;
        }
        if (changed) {
          cancelAnimationFrame(pending);
          pending = requestAnimationFrame(redraw);
        }
      });
    }
    observer.current.observe(element);
  }, [heights]);

  const scrollTo = useCallback((index: number) => {
    const list = listRef.current;
    if (!list || index < 0 || index >= count) return;
    const target = heights.offsetOf(index);
    if (scrollsItself(list)) {
      list.scrollTop = Math.max(0, target - list.clientHeight / 3);
    } else {
      const view = list.ownerDocument.defaultView;
      view?.scrollBy(0, list.getBoundingClientRect().top + target - (view.innerHeight ?? 0) / 3);
    }
    setSpan(visibleSpan(list));
  }, [listRef, heights, count]);

  const { start, end } = rowRange(heights, span.top, span.bottom, OVERSCAN_PX);
  // The focused row stays drawn where it is, even when scrolled far away: focus must not fall to <body>.
  const indices = Array.from({ length: end - start }, (_, i) => start + i);
  if (focused !== null && focused < count && (focused < start || focused >= end)) {
    if (focused < start) indices.unshift(focused);
    else indices.push(focused);
  }
  const rowsDrawn = indices.map((index, i) => ({
    index,
    gap: i === 0 ? 0 : heights.offsetOf(index) - heights.offsetOf(indices[i - 1]! + 1),
  }));
  const first = indices[0] ?? 0;
  const last = indices.length ? indices[indices.length - 1]! + 1 : 0;
  return {
    rows: rowsDrawn,
    before: heights.offsetOf(first),
    after: heights.total - heights.offsetOf(last),
    measure,
    scrollTo,
    inView: (index) => heights.offsetOf(index) >= span.top && heights.offsetOf(index + 1) <= span.bottom,
    setFocused,
  };
}

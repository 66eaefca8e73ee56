// Which turns of a long transcript are drawn: TanStack Virtual's window, rows measured as they are drawn.
// The list scrolls itself when the theme gives it a height; otherwise whatever scrolls it does (an
// ancestor such as a drawer, or the page), and the list's place in that scroller is its scroll margin.
// The rows stay in the list's flow (a margin stands for the turns left out), so the theme lays them out.
// The focused turn always stays drawn.
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { defaultRangeExtractor, elementScroll, observeElementRect, useVirtualizer, useWindowVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { findScroller, scrollMarginIn, type Scroller } from './scroller.js';

const OVERSCAN_ROWS = 10;
const FALLBACK_ROW_PX = 48;
/** Before the list is laid out (and on a server, where nothing scrolls): the first rows. */
const FIRST_ROWS = 20;
/** A list that scrolls itself is as tall as its drawn rows (up to the theme's cap): when none are drawn yet, draw as for this. */
const EMPTY_LIST_PX = 800;

/** No write when the list is already there: TanStack writes the offset it starts from on every attach. */
const scrollList: typeof elementScroll<HTMLElement> = (offset, options, instance) => {
  const at = instance.scrollElement?.scrollTop;
  if (at !== undefined && Math.abs(at - (offset + (options.adjustments ?? 0))) < 1) return;
  elementScroll(offset, options, instance);
};

const observeListRect: typeof observeElementRect<HTMLElement> = (instance, report) =>
  observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { width: rect.width, height: EMPTY_LIST_PX }));

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
  /** Brings a turn just into view (as little scrolling as can be), settling as rows are measured. */
  reveal(index: number): void;
  /** Whether a turn is wholly within the visible span. */
  inView(index: number): boolean;
  setFocused(index: number | null): void;
}

/** What of either virtualizer (element or window) the transcript uses. */
type Windowing = Pick<Virtualizer<HTMLElement, HTMLElement>, 'getVirtualItems' | 'getTotalSize' | 'measureElement' | 'scrollToOffset' | 'scrollToIndex' | 'measurementsCache' | 'scrollOffset' | 'scrollRect'>;

export function useTurnWindow(listRef: RefObject<HTMLElement | null>, count: number): TurnWindow {
  const [scroller, setScroller] = useState<Scroller | null>(null);
  const [margin, setMargin] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const focusedRef = useRef<number | null>(null);
  focusedRef.current = focused !== null && focused < count ? focused : null;

  // Rows not yet drawn are taken to be as tall as the drawn ones on average, so the scrollbar is honest.
  const sizes = useRef({ sum: 0, rows: 0 });
  const estimateSize = useCallback(() => (sizes.current.rows ? sizes.current.sum / sizes.current.rows : FALLBACK_ROW_PX), []);
  const measureSize = useCallback((element: Element, entry: ResizeObserverEntry | undefined) => {
    const size = Math.round(entry?.borderBoxSize[0]?.blockSize ?? (element as HTMLElement).offsetHeight);
    // Not laid out (a drawer not open yet): a zero would stack every row at one offset.
    if (!(size > 0)) return estimateSize();
    sizes.current.sum += size;
    sizes.current.rows += 1;
    return size;
  }, []);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focusedRef.current;
    if (keep === null || indexes.includes(keep)) return indexes;
    return keep < (indexes[0] ?? 0) ? [keep, ...indexes] : [...indexes, keep];
  }, []);

  const shared = { count, estimateSize, measureElement: measureSize, rangeExtractor, overscan: OVERSCAN_ROWS, useAnimationFrameWithResizeObserver: true };
  const inElement = useVirtualizer<HTMLElement, HTMLElement>({
    ...shared,
    enabled: scroller === null || scroller.kind !== 'window',
    getScrollElement: () => (scroller && scroller.kind !== 'window' ? scroller.element : null),
    observeElementRect: observeListRect,
    scrollToFn: scrollList,
    scrollMargin: scroller?.kind === 'ancestor' ? margin : 0,
  });
  const inWindow = useWindowVirtualizer<HTMLElement>({ ...shared, enabled: scroller?.kind === 'window', scrollMargin: margin });
  const virtualizer: Windowing = scroller?.kind === 'window' ? inWindow : inElement;
  const offset = scroller?.kind === 'list' ? 0 : margin;

  // What scrolls the list, and where the list sits in it, read again whenever either may have moved.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const view = list.ownerDocument.defaultView;
    let frame = 0;
    const read = () => {
      const next = findScroller(list);
      setScroller((old) => (old && old.kind === next.kind && old.element === next.element ? old : next));
      const at = scrollMarginIn(list, next);
      setMargin((old) => (Math.abs(old - at) < 1 ? old : at));
    };
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    read();
    const resize = new ResizeObserver(later);
    resize.observe(list);
    resize.observe(list.ownerDocument.documentElement);
    view?.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      view?.removeEventListener('resize', later);
    };
  }, [listRef, count]);

  const { measureElement } = virtualizer;
  const measure = useCallback((element: HTMLElement | null) => measureElement(element), [measureElement]);

  const scrollTo = useCallback((index: number) => {
    if (index < 0 || index >= count) return;
    const item = virtualizer.measurementsCache[index];
    if (!item) return;
    virtualizer.scrollToOffset(Math.max(0, item.start - (virtualizer.scrollRect?.height ?? 0) / 3));
  }, [virtualizer, count]);

  const reveal = useCallback((index: number) => {
    if (index >= 0 && index < count) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [virtualizer, count]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const drawn = scroller !== null;
  const unlaid = Math.min(count, FIRST_ROWS);
  return {
    rows: drawn
      ? items.map((item, i) => ({ index: item.index, gap: i === 0 ? 0 : item.start - items[i - 1]!.end }))
      : Array.from({ length: unlaid }, (_, index) => ({ index, gap: 0 })),
    before: drawn && first ? first.start - offset : 0,
    after: drawn ? (last ? Math.max(0, virtualizer.getTotalSize() - (last.end - offset)) : 0) : (count - unlaid) * FALLBACK_ROW_PX,
    measure,
    scrollTo,
    reveal,
    inView: (index) => {
      const item = virtualizer.measurementsCache[index];
      const top = virtualizer.scrollOffset ?? 0;
      return !!item && item.start >= top && item.end <= top + (virtualizer.scrollRect?.height ?? 0);
    },
    setFocused,
  };
}

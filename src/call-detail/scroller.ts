// What scrolls a list: the list itself when the theme gives it a height, else the nearest ancestor that
// scrolls (a drawer, a sidebar), else the page. Read from computed styles, so a theme or a container
// query that changes it is followed.

export type Scroller = { kind: 'list' | 'ancestor'; element: HTMLElement } | { kind: 'window'; element: null };

function scrolls(element: Element): boolean {
  const overflow = getComputedStyle(element).overflowY;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}

/** A list may scroll, yet grow with its rows (`--tt-transcript-height: none`): then something else scrolls it. */
function scrollsItself(list: HTMLElement): boolean {
  return scrolls(list) && (getComputedStyle(list).maxHeight !== 'none' || list.scrollHeight > list.clientHeight + 1);
}

export function findScroller(list: HTMLElement): Scroller {
  if (scrollsItself(list)) return { kind: 'list', element: list };
  const root = list.ownerDocument.documentElement;
  for (let at = list.parentElement; at && at !== root && at !== list.ownerDocument.body; at = at.parentElement) {
    if (scrolls(at)) return { kind: 'ancestor', element: at };
  }
  return { kind: 'window', element: null };
}

/** Where the list's content starts within what scrolls it, in that scroller's scroll coordinates. */
export function scrollMarginIn(list: HTMLElement, scroller: Scroller): number {
  if (scroller.kind === 'list') return 0;
  const top = list.getBoundingClientRect().top;
  if (scroller.kind === 'window') return top + (list.ownerDocument.defaultView?.scrollY ?? 0);
  const box = scroller.element;
  return top - box.getBoundingClientRect().top - box.clientTop + box.scrollTop;
}

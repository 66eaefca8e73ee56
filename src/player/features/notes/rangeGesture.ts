// Making a range on the lanes: Shift+drag with a mouse or pen, or press-and-hold then drag by touch. Taken
// in the capture phase on the lanes' box, so wavesurfer (inside) never sees it as a seek or a drag-to-seek.
import { dragRange, type NoteRange } from './noteRange.js';

const HOLD_MS = 500;
/** A touch that moves further than this before the hold is a scroll or a seek, not a selection. */
const HOLD_SLOP_PX = 10;

export interface RangeGestureHandlers {
  /** Seconds under a point of the viewport's x. */
  timeAt(clientX: number): number;
  /** The range so far while dragging; null when the gesture ends or is abandoned. */
  preview(range: NoteRange | null): void;
  done(range: NoteRange): void;
}

export function watchRangeGesture(element: HTMLElement, handlers: RangeGestureHandlers): () => void {
  let anchor: number | null = null;
  let pointer: number | null = null;
  let hold: { timer: ReturnType<typeof setTimeout>; x: number; y: number; id: number } | null = null;
  let swallowClick = false;

  const stop = (event: Event) => {
    event.stopPropagation();
    if (event.cancelable) event.preventDefault();
  };
  const begin = (id: number, x: number) => {
    anchor = handlers.timeAt(x);
    pointer = id;
    element.setAttribute('data-selecting', '');
    handlers.preview({ start: anchor });
  };
  const end = () => {
    anchor = null;
    pointer = null;
    element.removeAttribute('data-selecting');
    handlers.preview(null);
  };
  const cancelHold = () => {
    if (hold) clearTimeout(hold.timer);
    hold = null;
  };

  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    if (event.pointerType !== 'touch' && event.shiftKey) {
      stop(event);
      element.setPointerCapture?.(event.pointerId);
      begin(event.pointerId, event.clientX);
    } else if (event.pointerType === 'touch') {
      cancelHold();
      const { pointerId: id, clientX: x, clientY: y } = event;
      hold = { id, x, y, timer: setTimeout(() => { hold = null; begin(id, x); }, HOLD_MS) };
    }
  };
  const onMove = (event: PointerEvent) => {
    if (hold && event.pointerId === hold.id && Math.hypot(event.clientX - hold.x, event.clientY - hold.y) > HOLD_SLOP_PX) cancelHold();
    if (anchor === null || event.pointerId !== pointer) return;
    stop(event);
    handlers.preview(dragRange(anchor, handlers.timeAt(event.clientX)));
  };
  const onUp = (event: PointerEvent) => {
    if (hold && event.pointerId === hold.id) cancelHold();
    if (anchor === null || event.pointerId !== pointer) return;
    // Let it through: wavesurfer, which saw a held finger go down, ends its own (unmoved) drag on it.
    const range = dragRange(anchor, handlers.timeAt(event.clientX));
    swallowClick = true;
    end();
    handlers.done(range);
  };
  const onCancel = (event: PointerEvent) => {
    if (hold && event.pointerId === hold.id) cancelHold();
    if (event.pointerId === pointer) end();
  };
  // The click that follows the gesture's pointerup is not a seek.
  const onClick = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    stop(event);
  };
  // While a held finger selects, it must not scroll the page (the browser would cancel the pointer).
  const onTouchMove = (event: TouchEvent) => {
    if (anchor !== null && event.cancelable) event.preventDefault();
  };
  // A held touch would otherwise open the browser's context menu.
  const onContextMenu = (event: Event) => {
    if (anchor !== null) event.preventDefault();
  };

  // All in the capture phase; touchmove not passive, so a selecting finger can hold the page still.
  const listeners: [string, (event: never) => void][] = [
    ['pointerdown', onDown], ['pointermove', onMove], ['pointerup', onUp], ['pointercancel', onCancel],
    ['click', onClick], ['contextmenu', onContextMenu], ['touchmove', onTouchMove],
  ];
  for (const [type, listener] of listeners) element.addEventListener(type, listener as EventListener, { capture: true, passive: false });
  return () => {
    cancelHold();
    for (const [type, listener] of listeners) element.removeEventListener(type, listener as EventListener, { capture: true });
    element.removeAttribute('data-selecting');
  };
}

// Sizes and colours the code needs (canvas colours, row and lane heights) are read from the CSS
// tokens in effect, never copied into JS: a host's override on any ancestor reaches the drawing too.
import { useEffect, useState, type DependencyList, type RefObject } from 'react';

export function readToken(element: Element | null, name: string): string {
  return element ? getComputedStyle(element).getPropertyValue(name).trim() : '';
}

/** A length token in pixels (px, or unitless); `fallback` when it is not set or not a length we read. */
export function readPx(element: Element | null, name: string, fallback: number): number {
  const match = /^(-?\d+(?:\.\d+)?)(px)?$/.exec(readToken(element, name));
  return match ? Number(match[1]) : fallback;
}

export interface LaneStyle {
  height: number;
  caller: string;
  callerProgress: string;
  assistant: string;
  assistantProgress: string;
  cursor: string;
}

/** What the lanes are drawn with, from the player's tokens. */
export function readLaneStyle(root: Element | null): LaneStyle {
  const read = (name: string, fallback: string) => readToken(root, name) || fallback;
  return {
    height: readPx(root, '--tt-lane-height', 56),
    caller: read('--tt-caller-wave', '#ffffff'),
    callerProgress: read('--tt-caller-progress', '#b9b9c6'),
    assistant: read('--tt-assistant-wave', '#a78bfa'),
    assistantProgress: read('--tt-assistant-progress', '#7c5cd6'),
    cursor: read('--tt-cursor', '#facc15'),
  };
}

/**
 * A length token as the element sees it, read after mount and again whenever the element resizes
 * or `deps` change (a class or theme that may set the token); `fallback` until then (and on the server).
 */
export function useTokenPx(ref: RefObject<Element | null>, name: string, fallback: number, deps: DependencyList): number {
  const [value, setValue] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => setValue(readPx(element, name, fallback));
    read();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller says what may change the token
  }, deps);
  return value;
}

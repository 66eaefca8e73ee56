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
  /** The marks drawn over the lanes (see player/overlays.ts). */
  overlap: string;
  silence: string;
  marker: string;
  response: string;
  slowResponse: string;
  interruption: string;
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
    overlap: read('--tt-region-overlap', 'rgb(251 146 60 / 0.28)'),
    silence: read('--tt-region-silence', 'rgb(148 163 184 / 0.14)'),
    marker: read('--tt-turn-marker', 'rgb(163 230 53 / 0.85)'),
    response: read('--tt-response', 'rgb(45 212 191 / 0.3)'),
    slowResponse: read('--tt-response-slow', 'rgb(248 113 113 / 0.45)'),
    interruption: read('--tt-interruption', 'rgb(244 63 94 / 0.95)'),
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

/** The tokens the lanes are painted with: a change of any of them (by any means) repaints the canvases. */
const WATCHED: readonly [property: string, token: string][] = [
  ['color', '--tt-caller-wave'],
  ['background-color', '--tt-caller-progress'],
  ['border-top-color', '--tt-assistant-wave'],
  ['border-bottom-color', '--tt-assistant-progress'],
  ['outline-color', '--tt-cursor'],
  ['border-left-color', '--tt-region-overlap'],
  ['border-right-color', '--tt-region-silence'],
  ['column-rule-color', '--tt-turn-marker'],
  ['text-decoration-color', '--tt-response'],
  ['caret-color', '--tt-response-slow'],
  ['text-emphasis-color', '--tt-interruption'],
  ['min-width', '--tt-lane-height'],
];

/**
 * Calls `onChange` (once per frame at most) whenever a token the lanes use changes for `host`: an
 * attribute or class on any ancestor, a media query flipping (`prefers-color-scheme`), a stylesheet
 * added or swapped. A hidden probe inside `host` transitions its properties (one per token) over 1 ms,
 * so the browser itself reports every change with a `transitionrun` event; nothing polls, and the
 * host page re-renders nothing. Returns the function that stops watching.
 */
export function watchTokens(host: HTMLElement, onChange: () => void): () => void {
  const probe = host.ownerDocument.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.dataset.tokenProbe = '';
  const style: [string, string][] = [
    ['position', 'absolute'], ['width', '0'], ['height', '0'], ['overflow', 'hidden'], ['visibility', 'hidden'],
    ['pointer-events', 'none'], ['border-style', 'solid'], ['border-width', '0'], ['outline-style', 'solid'], ['outline-width', '0'],
    ...WATCHED.map(([property, token]): [string, string] => [property, `var(${token})`]),
    // Important and inline: a host's `* { transition: none !important }` must not blind the probe.
    ['transition-property', WATCHED.map(([property]) => property).join(', ')],
    ['transition-duration', '1ms'],
    ['transition-delay', '0s'],
  ];
  for (const [property, value] of style) probe.style.setProperty(property, value, 'important');
  host.append(probe);
  let frame = 0;
  const changed = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  };
  probe.addEventListener('transitionrun', changed);
  return () => {
    cancelAnimationFrame(frame);
    probe.removeEventListener('transitionrun', changed);
    probe.remove();
  };
}

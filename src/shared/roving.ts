// One tab stop for a group of controls (the ARIA toolbar pattern): Tab enters the group at its
// current item, the arrow keys (and Home / End) move focus inside it. A long events track or the four
// mix switches would otherwise stand between the keyboard and Play.
import type { KeyboardEvent } from 'react';

const STEPS: Record<string, 1 | -1 | 'first' | 'last'> = {
  ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last',
};

const shown = (element: HTMLElement) => !element.closest('[hidden]');

/** The index (among `count` items) that is the group's tab stop: the last focused one while it shows. */
export function tabStop(active: number, visible: (index: number) => boolean, count: number): number {
  if (active < count && visible(active)) return active;
  for (let i = 0; i < count; i++) if (visible(i)) return i;
  return -1;
}

/**
 * Moves focus among the container's `[data-roving=<group>]` elements that are shown. Returns true
 * (and prevents the default, so the player's own arrow keys stay out) when it moved.
 */
export function moveRovingFocus(event: KeyboardEvent<HTMLElement>, group: string): boolean {
  const step = STEPS[event.key];
  const target = event.target as HTMLElement;
  if (step === undefined || target.dataset.roving !== group || event.altKey || event.ctrlKey || event.metaKey) return false;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(`[data-roving="${group}"]`)].filter(shown);
  const from = items.indexOf(target);
  if (from < 0) return false;
  const rtl = typeof step === 'number' && event.key.startsWith('Arrow') && event.key !== 'ArrowUp' && event.key !== 'ArrowDown'
    && getComputedStyle(target).direction === 'rtl';
  const to = step === 'first' ? 0 : step === 'last' ? items.length - 1 : Math.max(0, Math.min(items.length - 1, from + (rtl ? -step : step)));
  event.preventDefault();
  items[to]?.focus();
  return true;
}

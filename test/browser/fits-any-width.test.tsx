// Each component mounted in boxes from a sidebar's width to a wide page's, as hosts embed them: nothing
// inside a component's box reaches outside it (except inside regions meant to scroll), the page never
// scrolls sideways because of it, the controls a person needs are fully visible, and every control is
// at least 24 px (44 px under a finger).
import { cleanup } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { CallDetailPanel, CallLogs, CallLogTable, CallsProvider, StereoRecordingPlayer, type CallDetail } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, render, sleep, waitFor } from './helpers';

const WIDTHS = [280, 360, 480, 640, 800, 1024, 1440, 2560];
const adapter = httpAdapter();

afterEach(() => cleanup());
afterAll(async () => {
  await commands.emulateTouch(false);
  await page.viewport(1280, 900);
});

/** Elements whose box may reach past the component's: what a region that scrolls clips. */
function insideScroller(element: Element, root: Element): boolean {
  for (let el = element.parentElement; el && el !== root; el = el.parentElement) {
    const { overflowX } = getComputedStyle(el);
    if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden' || overflowX === 'clip') return true;
  }
  return false;
}

/** Folded away: inside a closed <details> (its summary excepted), which still reports boxes in Chromium. */
const folded = (el: Element) => {
  const details = el.closest('details');
  return Boolean(details && !details.open && !el.closest('summary'));
};

const shown = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !folded(el) && !el.closest('[hidden], [data-part="sr-only"], dialog:not([open])');
};

/** What sticks out of `box`, described for the failure message. */
function outside(root: HTMLElement, box: DOMRect): string[] {
  const out: string[] = [];
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    // The drawer is in the top layer, laid out against the window: checked there.
    if (!shown(el) || (el !== root && insideScroller(el, root)) || (el.closest('dialog[open]') && !root.matches('dialog'))) continue;
    const r = el.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1) {
      out.push(`${el.tagName.toLowerCase()}[${el.dataset.part ?? el.getAttribute('role') ?? el.getAttribute('aria-label') ?? ''}] ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
    }
  }
  return out;
}

const CONTROLS = 'button, select, input:not([type="checkbox"]):not([type="radio"]), [role="slider"], [role="tab"], summary, [role="switch"]';

/** Controls smaller than `min` px on a side (inline words of the transcript's text are exempt, as WCAG's inline exception says). */
function tooSmall(root: HTMLElement, min: number): string[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)]
    .filter((el) => shown(el) && !el.closest('[data-part="turn-text"]'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width < min - 0.5 || r.height < min - 0.5;
    })
    .map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.dataset.part ?? el.getAttribute('aria-label') ?? el.textContent} ${Math.round(r.width)}×${Math.round(r.height)}`;
    });
}

/** Fully inside the component's box and the window, not covered from the side. */
function fullyVisible(el: Element | null, box: DOMRect): boolean {
  if (!el || !shown(el)) return false;
  const r = el.getBoundingClientRect();
  return r.left >= box.left - 1 && r.right <= box.right + 1 && r.left >= -1 && r.right <= window.innerWidth + 1;
}

interface Case {
  name: string;
  mount: () => Promise<ReactElement>;
  /** Resolves once the component shows what it shows when loaded. */
  ready: (host: HTMLElement) => Promise<void>;
  visible: string[];
}

let shortCall: Promise<CallDetail> | null = null;
const short = () => (shortCall ??= callWithRecording(adapter).then((c) => adapter.getCall(c.id)));

const playerReady = async (host: HTMLElement) => {
  await waitFor(() => expect(host.querySelector('[data-talkturo-player]')?.getAttribute('data-waveform')).toBe('ready'), { timeout: 20_000 });
};
const PLAYER_CONTROLS = ['[data-part="play"]', '[data-part="speed"]', '[data-part="seek"]', '[data-part="download"]'];

const CASES: Case[] = [
  {
    name: 'player, short call',
    mount: async () => {
      const call = await short();
      return <StereoRecordingPlayer callId={call.id} transcript={call.transcript} events={call.events} getMomentUrl={(id, t) => `/?call=${id}&t=${t}`} />;
    },
    ready: playerReady,
    visible: PLAYER_CONTROLS,
  },
  {
    name: 'player, hour-long call',
    mount: async () => <StereoRecordingPlayer callId="hour-long-with-peaks" />,
    ready: playerReady,
    visible: PLAYER_CONTROLS,
  },
  {
    name: 'panel',
    mount: async () => <CallDetailPanel callId={(await short()).id} />,
    ready: async (host) => {
      await playerReady(host);
      await waitFor(() => expect(host.querySelector('[data-part="turns"] li')).not.toBeNull());
    },
    visible: [...PLAYER_CONTROLS, '[role="tab"]'],
  },
  {
    name: 'table',
    mount: async () => <CallLogTable />,
    ready: async (host) => {
      await waitFor(() => expect(host.querySelectorAll('[data-part="body"] [role="row"]').length).toBeGreaterThan(3));
    },
    visible: ['[data-part="grid"]'],
  },
  {
    name: 'CallLogs, no call open',
    mount: async () => <CallLogs />,
    ready: async (host) => {
      await waitFor(() => expect(host.querySelectorAll('[data-part="body"] [role="row"]').length).toBeGreaterThan(3));
    },
    visible: ['[data-part="grid"]'],
  },
  {
    name: 'CallLogs, a call open',
    mount: async () => <CallLogs defaultCallId={(await short()).id} />,
    ready: async (host) => {
      await waitFor(() => expect(host.querySelectorAll('[data-part="body"] [role="row"]').length).toBeGreaterThan(3));
      // Narrow, the panel is in the drawer (top layer): checked against the window instead.
      await playerReady(document.body);
    },
    visible: [],
  },
];

async function mountAt(width: number, element: ReactElement): Promise<HTMLElement> {
  await page.viewport(Math.max(width + 40, 320), 900);
  render(
    <CallsProvider adapter={adapter}>
      <div data-testid="box" style={{ width, boxSizing: 'border-box' }}>{element}</div>
    </CallsProvider>,
  );
  return document.querySelector<HTMLElement>('[data-testid="box"]')!;
}

async function check(c: Case, width: number, target: number) {
  const host = await mountAt(width, await c.mount());
  await c.ready(host);
  await sleep(150); // a frame or two for container queries and ResizeObservers to settle
  const box = host.getBoundingClientRect();
  const problems: string[] = [];
  problems.push(...outside(host, box).map((p) => `outside: ${p}`));
  if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
  for (const selector of c.visible) if (!fullyVisible(host.querySelector(selector), box)) problems.push(`not fully visible: ${selector}`);
  problems.push(...tooSmall(host, target).map((p) => `under ${target} px: ${p}`));
  // The drawer (narrow CallLogs): inside the window, its controls as big.
  const drawer = document.querySelector<HTMLElement>('dialog[open]');
  if (drawer) {
    const view = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    problems.push(...outside(drawer, view).map((p) => `outside the window: ${p}`));
    for (const selector of PLAYER_CONTROLS) if (!fullyVisible(drawer.querySelector(selector), view)) problems.push(`not fully visible in the drawer: ${selector}`);
    problems.push(...tooSmall(drawer, target).map((p) => `under ${target} px in the drawer: ${p}`));
  }
  cleanup();
  return problems.map((p) => `${c.name} at ${width}px: ${p}`);
}

describe('fits any container', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: 280 to 2,560 px, a mouse', async (_name, c) => {
    const problems: string[] = [];
    for (const width of WIDTHS) problems.push(...(await check(c, width, 24)));
    expect(problems).toEqual([]);
  }, 120_000);

  it.each(CASES.map((c) => [c.name, c] as const))('%s: 280 to 2,560 px, a finger (pointer: coarse)', async (_name, c) => {
    await commands.emulateTouch(true);
    try {
      expect(matchMedia('(pointer: coarse)').matches).toBe(true);
      const problems: string[] = [];
      for (const width of WIDTHS) problems.push(...(await check(c, width, 44)));
      expect(problems).toEqual([]);
    } finally {
      await commands.emulateTouch(false);
    }
  }, 120_000);
});

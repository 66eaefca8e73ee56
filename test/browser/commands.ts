// Browser commands run in Node beside Playwright: they see what the page cannot, like a download.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { BrowserCommand } from 'vitest/node';

export interface CapturedDownload {
  fileName: string;
  size: number;
  sha256: string;
}

/** Waits for the next download the page starts and reports its name and a hash of its bytes. */
let lastDownload = '';

export const captureDownload: BrowserCommand<[timeoutMs?: number]> = async (context, timeoutMs = 15_000) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  const download = await page.waitForEvent('download', { timeout: timeoutMs });
  const path = await download.path();
  const bytes = await readFile(path);
  lastDownload = bytes.toString('utf8');
  return { fileName: download.suggestedFilename(), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } satisfies CapturedDownload;
};

/** The text of the last captured download (for CSV and other text files). */
export const readDownloadedText: BrowserCommand<[]> = async () => lastDownload;

/** Freezes the page (as a sleeping laptop or a discarded background tab does) for `ms`, then wakes it. */
export const freezePage: BrowserCommand<[ms: number]> = async (context, ms) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((resolve) => setTimeout(resolve, ms));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await cdp.detach();
};

/** A finger for a pointer (`pointer: coarse`, touch events), or the mouse again: CDP touch emulation. */
export const emulateTouch: BrowserCommand<[enabled: boolean]> = async (context, enabled) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: enabled ? 5 : 1 });
  // The emulation lives as long as the session that set it: kept for the page until switched off.
  if (!enabled) await cdp.detach();
};

/** The device's light or dark setting (`prefers-color-scheme`), as if the person flipped it. */
export const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark' | null]> = async (context, scheme) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  await page.emulateMedia({ colorScheme: scheme });
};

/** Touch gestures as a finger makes them (CDP Input.dispatchTouchEvent), in page coordinates. */
export const touchDrag: BrowserCommand<[points: { x: number; y: number }[], stepMs?: number, holdMs?: number]> = async (context, points, stepMs = 16, holdMs = 0) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  // Files run side by side in pages of their own: a finger touches the page in front.
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  const [first, ...rest] = points;
  if (!first) return;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first] });
  // A finger held still before it moves (a long press).
  if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
  for (const point of rest) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
};

/** A mouse drag as a hand makes it (CDP Input.dispatchMouseEvent), in page coordinates, Shift held when asked. */
export const mouseDrag: BrowserCommand<[points: { x: number; y: number }[], shift?: boolean]> = async (context, points, shift = false) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  const modifiers = shift ? 8 : 0;
  const [first, ...rest] = points;
  if (!first) return;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...first, modifiers });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...first, button: 'left', buttons: 1, clickCount: 1, modifiers });
  for (const point of rest) {
    await new Promise((resolve) => setTimeout(resolve, 16));
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...point, button: 'left', buttons: 1, modifiers });
  }
  const last = rest.at(-1) ?? first;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...last, button: 'left', buttons: 0, clickCount: 1, modifiers });
  await cdp.detach();
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateTouch: (enabled: boolean) => Promise<void>;
    emulateColorScheme: (scheme: 'light' | 'dark' | null) => Promise<void>;
    touchDrag: (points: { x: number; y: number }[], stepMs?: number, holdMs?: number) => Promise<void>;
    mouseDrag: (points: { x: number; y: number }[], shift?: boolean) => Promise<void>;
    freezePage: (ms: number) => Promise<void>;
    captureDownload: (timeoutMs?: number) => Promise<CapturedDownload>;
    readDownloadedText: () => Promise<string>;
    failModules: (part: string | null) => Promise<void>;
  }
}

/**
 * Makes the page's requests for modules whose URL contains `part` fail (HTTP 503), as a chunk a dropped
 * connection or a new deploy took away does; `null` lets them through again.
 */
let failing: ((route: import('playwright').Route) => Promise<void>) | null = null;
export const failModules: BrowserCommand<[part: string | null]> = async (context, part) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  if (failing) await page.unroute('**/*', failing);
  failing = null;
  if (part === null) return;
  const handler = async (route: import('playwright').Route) => {
    if (route.request().url().includes(part)) await route.fulfill({ status: 503, body: '' });
    else await route.fallback();
  };
  failing = handler;
  await page.route('**/*', handler);
};

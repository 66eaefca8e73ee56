// The layout, guarded: the key views at 360, 800 and 1,440 px, dark and light, compared with committed
// baselines (test/browser/baselines/) in Chromium. Tolerance: a pixel differs when pixelmatch's colour
// distance exceeds 0.2, and at most 1 % of a view's pixels may differ (antialiasing, a waveform pixel
// column); a moved control or a wrapped row changes far more. After a deliberate change of looks:
// `npx vitest run --project browser test/browser/visual.test.tsx -u`, then look at the new images.
import { cleanup } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CallDetailPanel, CallLogs, CallLogTable, CallsProvider, PlayerDownload, PlayerLanes, PlayerPlayButton, PlayerRoot, PlayerSeek, PlayerSpeed, PlayerTime, StereoRecordingPlayer, type CallDetail, type Theme } from '../../src';
import '../../src/theme/styles.css';
import { firstCallWith, storyAdapter } from '../../stories/support/adapters';
import { render, sleep, waitFor } from './helpers';

const WIDTHS = [360, 800, 1440];
// A processing recording stays processing for the whole run: what a view shows must not depend on when it ran.
const adapter = storyAdapter({ processingMs: 3_600_000 });
let detail: Promise<CallDetail> | null = null;
const call = () => (detail ??= firstCallWith(adapter, 'short').then((id) => adapter.getCall(id)));

afterEach(() => cleanup());
afterAll(() => page.viewport(1280, 900));

type Wait = { player?: boolean; rows?: boolean; panel?: boolean; parts?: 'lanes' | 'buttons' };

const ready = async (box: HTMLElement, what: Wait) => {
  const scope = () => document.querySelector('dialog[open]') ?? box;
  if (what.rows) await waitFor(() => expect(box.querySelectorAll('[data-part="body"] [role="row"]').length).toBeGreaterThan(5), { timeout: 10_000 });
  if (what.player) {
    await waitFor(() => expect(scope().querySelector('[data-talkturo-player]')?.getAttribute('data-waveform')).toBe('ready'), { timeout: 15_000 });
    await waitFor(() => expect(scope().querySelector('[data-talkturo-player] [data-part="figures"]')).not.toBeNull(), { timeout: 15_000 });
  }
  if (what.parts) {
    const root = () => box.querySelector('[data-talkturo-player]');
    await waitFor(() => expect(root()?.getAttribute(what.parts === 'lanes' ? 'data-waveform' : 'data-state')).toBe(what.parts === 'lanes' ? 'ready' : 'paused'), { timeout: 15_000 });
  }
  if (what.panel) await waitFor(() => expect(scope().querySelector('[data-part="response-time"]')).not.toBeNull(), { timeout: 15_000 });
  await document.fonts.ready;
  await sleep(300);
};

interface View {
  name: string;
  element: (c: CallDetail) => ReactElement;
  wait: Wait;
  themes: Theme[];
}

const VIEWS: View[] = [
  {
    name: 'player',
    element: (c) => <StereoRecordingPlayer callId={c.id} transcript={c.transcript} events={c.events} getMomentUrl={(id, t) => `/?call=${id}&t=${t}`} />,
    wait: { player: true },
    themes: ['dark', 'light'],
  },
  { name: 'panel', element: (c) => <CallDetailPanel callId={c.id} />, wait: { player: true, panel: true }, themes: ['dark'] },
  { name: 'table', element: () => <CallLogTable />, wait: { rows: true }, themes: ['dark', 'light'] },
  {
    // A partner's layout from parts: their toolbar above, the lanes, play and the position below.
    name: 'parts-layout',
    element: (c) => (
      <PlayerRoot callId={c.id}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
          <PlayerTime />
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}><PlayerSpeed /><PlayerDownload /></div>
        </div>
        <PlayerLanes />
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}><PlayerPlayButton /><PlayerSeek /></div>
      </PlayerRoot>
    ),
    wait: { parts: 'lanes' },
    themes: ['dark', 'light'],
  },
  {
    // One line, as in a table row: no lanes.
    name: 'parts-compact',
    element: (c) => (
      <PlayerRoot callId={c.id}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}><PlayerPlayButton /><PlayerSeek /><PlayerTime /></div>
      </PlayerRoot>
    ),
    wait: { parts: 'buttons' },
    themes: ['dark', 'light'],
  },
  { name: 'call-logs', element: (c) => <CallLogs defaultCallId={c.id} />, wait: { rows: true, player: true, panel: true }, themes: ['dark'] },
];

describe('looks as committed', () => {
  for (const view of VIEWS) {
    for (const theme of view.themes) {
      it.each(WIDTHS)(`${view.name}, ${theme}, %i px`, async (width) => {
        // Tall enough for the whole view: parts past the window are not captured reliably.
        await page.viewport(width + 40, 2000);
        const c = await call();
        render(
          <CallsProvider adapter={adapter} locale="en-US">
            <div data-testid="box" data-talkturo-theme={theme} style={{ width, padding: 0 }}>{view.element(c)}</div>
            <div data-testid="away" style={{ width: 20, height: 20 }} />
          </CallsProvider>,
        );
        const box = document.querySelector<HTMLElement>('[data-testid="box"]')!;
        await ready(box, view.wait);
        // Nothing hovered or focused: those are states, not looks. (An open drawer is modal: the page
        // behind it takes no hover.)
        const drawer = document.querySelector<HTMLElement>('dialog[open]');
        if (!drawer) await userEvent.hover(document.querySelector<HTMLElement>('[data-testid="away"]')!);
        (document.activeElement as HTMLElement | null)?.blur();
        await expect.element(page.elementLocator(drawer ?? box)).toMatchScreenshot(`${view.name}-${theme}-${width}`, {
          comparatorName: 'pixelmatch',
          comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.01 },
        });
      }, 60_000);
    }
  }
});

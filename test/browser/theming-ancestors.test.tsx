// Tokens set where the README says they may be: on any ancestor, with a class or inline. The drawing
// (lane colours, lane height) and the virtualized rows follow them, because JS reads them from CSS.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallLogTable, CallsProvider, StereoRecordingPlayer } from '../../src';
import '../../src/theme/styles.css';
import { firstCallWith, storyAdapter } from '../../stories/support/adapters';
import { countColour, lanePixels, render, screen, waitFor } from './helpers';

afterEach(() => {
  cleanup();
  document.querySelectorAll('style[data-host]').forEach((s) => s.remove());
});

function hostCss(text: string) {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = text;
  document.head.append(style);
}

describe('tokens on an ancestor', () => {
  it('colour the lanes and size them, from a class on an ancestor', async () => {
    hostCss('.brand { --tt-caller-wave: #ff0000; --tt-caller-progress: #ff0000; --tt-assistant-wave: #00ff00; --tt-assistant-progress: #00ff00; --tt-lane-height: 80px; }');
    const adapter = storyAdapter();
    const callId = await firstCallWith(adapter, 'short');
    render(<CallsProvider adapter={adapter}><div className="brand" style={{ width: 720 }}><StereoRecordingPlayer callId={callId} /></div></CallsProvider>);
    const root = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-talkturo-player][data-waveform="ready"]');
      expect(el).not.toBeNull();
      return el!;
    });
    const lanes = lanePixels(root);
    const top = lanes.find((l) => l.centre < 0.5)!;
    const bottom = lanes.find((l) => l.centre > 0.5)!;
    expect(countColour(top.data, [255, 0, 0])).toBeGreaterThan(200);
    expect(countColour(bottom.data, [0, 255, 0])).toBeGreaterThan(200);
    expect(countColour(top.data, [255, 255, 255])).toBe(0); // not the default white
    // Two lanes of 80 px (the time axis under them is not a lane).
    expect(Math.round(bottom.canvas.getBoundingClientRect().bottom - top.canvas.getBoundingClientRect().top)).toBe(160);
    expect(Math.round(top.canvas.getBoundingClientRect().height)).toBe(80);
  });

  it('places virtualized rows at the row height an ancestor sets, and keyboard moves land on them', async () => {
    const adapter = storyAdapter();
    render(
      <CallsProvider adapter={adapter}>
        <div style={{ width: 1200, ['--tt-row-height' as string]: '60px' }}><CallLogTable /></div>
      </CallsProvider>,
    );
    const grid = await screen.findByRole('grid', { name: 'Call log' });
    await waitFor(() => expect(grid.querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]').length).toBeGreaterThan(3));
    const rows = [...grid.querySelectorAll<HTMLElement>('[data-part="body"] [role="row"]')];
    const [a, b] = rows.map((r) => r.getBoundingClientRect());
    expect(Math.round(b!.top - a!.top)).toBe(60);
    expect(Math.round(a!.height)).toBe(60);
    grid.focus();
    for (let i = 0; i < 15; i++) await userEvent.keyboard('{ArrowDown}');
    const active = grid.querySelector<HTMLElement>('[data-active]')!;
    const box = active.getBoundingClientRect();
    const view = grid.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(view.top);
    expect(box.bottom).toBeLessThanOrEqual(view.bottom + 1);
  });

  it('an unstyled CallLogTable gets none of our form-control looks', async () => {
    const adapter = storyAdapter();
    render(<CallsProvider adapter={adapter}><div style={{ width: 1200 }}><CallLogTable unstyled /></div></CallsProvider>);
    const search = await screen.findByRole('searchbox', { name: 'Search calls' });
    const style = getComputedStyle(search);
    expect(style.borderTopLeftRadius).not.toBe('8px');
    expect(style.minHeight).not.toBe('36px');
    expect(style.backgroundColor).not.toBe('rgb(29, 29, 38)');
  });
});

// Accessibility details a screen-reader or keyboard user meets: sort buttons, focus after an error,
// progress announced at milestones, copying where there is no Clipboard API.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallLogTable, CallsProvider, createMemoryAdapter, StereoRecordingPlayer } from '../../src';
import '../../src/theme/styles.css';
import { render, screen, singleRecordingAdapter, waitFor, FIXTURE_URLS } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 15);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('keyboard and screen readers', () => {
  it('sorts by a column header with the keyboard: the headers are buttons', async () => {
    render(<CallsProvider adapter={createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 30, now: NOW })}><div style={{ width: 1400 }}><CallLogTable /></div></CallsProvider>);
    const cost = await screen.findByRole('button', { name: 'Cost' });
    cost.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Cost/ })).toHaveAttribute('aria-sort'));
    const first = screen.getByRole('columnheader', { name: /Cost/ }).getAttribute('aria-sort');
    await userEvent.keyboard(' ');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Cost/ }).getAttribute('aria-sort')).not.toBe(first));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Cost/ }));
  });

  it('moves focus to Retry when the error view replaces the focused control', async () => {
    const onError = vi.fn();
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="missing" adapter={singleRecordingAdapter('/__guarded/no-such-recording.mp3')} onError={onError} /></div>);
    screen.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 15_000 });
    await waitFor(() => expect(document.activeElement).toBe(retry));
  });

  it('leaves the page\'s focus alone when the player fails while focus is elsewhere', async () => {
    render(
      <div style={{ width: 720 }}>
        <input aria-label="Host field" />
        <StereoRecordingPlayer callId="missing" adapter={singleRecordingAdapter('/__guarded/no-such-recording.mp3')} />
      </div>,
    );
    const field = screen.getByRole('textbox', { name: 'Host field' });
    field.focus();
    await screen.findByRole('button', { name: 'Retry' }, { timeout: 15_000 });
    expect(document.activeElement).toBe(field);
  });

  it('announces download progress at the start, each quarter and the end only', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const { calls } = await adapter.listCalls({ limit: 50 });
    const call = calls.find((c) => c.recording === 'available' && (c.durationSeconds ?? 0) > 100)!;
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId={call.id} adapter={adapter} /></div>);
    await waitFor(() => expect(document.querySelector('[data-talkturo-player]')).toHaveAttribute('data-state', 'paused'), { timeout: 10_000 });
    const announced: string[] = [];
    const observer = new MutationObserver(() => {
      for (const status of document.querySelectorAll('[data-part="download-progress"] [role="status"]')) announced.push(status.textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    await waitFor(() => expect(document.querySelector('[data-part="download-progress"]')).toBeNull(), { timeout: 10_000 });
    observer.disconnect();
    expect(announced.length).toBeGreaterThan(0);
    for (const text of announced) expect(Number(/(\d+)%/.exec(text)![1]) % 25).toBe(0);
  });

  it('copies the call id where there is no Clipboard API (plain http)', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
      const { calls } = await adapter.listCalls({ limit: 5 });
      render(<CallsProvider adapter={adapter}><div style={{ width: 720 }}><CallDetailPanel callId={calls[0]!.id} defaultTab="details" /></div></CallsProvider>);
      await userEvent.click(await screen.findByRole('button', { name: 'Copy call ID' }));
      await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent?.trim())).toContain('Copied'));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

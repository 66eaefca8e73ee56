// Embeddings the README documents, as a host app does them: no provider, the host's own handlers,
// a container resized across CallLogs' breakpoint while a call plays.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallLogs, CallLogTable, createMemoryAdapter, StereoRecordingPlayer, type CallsAdapter, type CallSummary } from '../../src';
import '../../src/theme/styles.css';
import { captureAudioElements, liveAudio, render, screen, sleep, waitFor, FIXTURE_URLS } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 15);
let audios: HTMLAudioElement[];
beforeEach(() => {
  audios = captureAudioElements();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function callWithRecording(adapter: CallsAdapter): Promise<CallSummary> {
  const { calls } = await adapter.listCalls({ limit: 50 });
  return calls.find((c) => c.recording === 'available' && (c.durationSeconds ?? 0) < 30)!;
}
const playerRoot = () => document.querySelector<HTMLElement>('[data-talkturo-player]');
const media = () => liveAudio(audios)[0]!;

describe('documented embeddings', () => {
  it('CallDetailPanel with an adapter prop and no provider plays its recording', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await callWithRecording(adapter);
    const onError = vi.fn();
    render(<div style={{ width: 720 }}><CallDetailPanel callId={call.id} adapter={adapter} onError={onError} /></div>);
    await waitFor(() => expect(playerRoot()?.dataset.state).toBe('paused'), { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.3));
    expect(onError).not.toHaveBeenCalled();
  });

  it('runs the host\'s onKeyDown first, and lets the host take a key with preventDefault', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await callWithRecording(adapter);
    const seen: string[] = [];
    render(
      <div style={{ width: 720 }}>
        <StereoRecordingPlayer
          callId={call.id}
          adapter={adapter}
          onKeyDown={(event) => {
            seen.push(event.key);
            if (event.key === 'k') event.preventDefault(); // the host uses K for itself
          }}
        />
      </div>,
    );
    await waitFor(() => expect(playerRoot()?.dataset.state).toBe('paused'), { timeout: 10_000 });
    screen.getByRole('slider', { name: 'Seek' }).focus();
    await userEvent.keyboard('k');
    await sleep(200);
    expect(playerRoot()?.dataset.state).toBe('paused');
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(media().currentTime).toBeCloseTo(5, 0));
    // Caps Lock: an upper-case K is the same shortcut.
    await userEvent.keyboard('K');
    await waitFor(() => expect(playerRoot()?.dataset.state).toBe('playing'));
    expect(seen).toEqual(['k', 'ArrowRight', 'K']);
  });

  it('CallLogs keeps one panel, still playing, when its container is resized across the breakpoint and back', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 40, now: NOW });
    const call = await callWithRecording(adapter);
    const onError = vi.fn();
    const frame = (width: number) => <div style={{ width }}><CallLogs adapter={adapter} onError={onError} /></div>;
    const view = render(frame(1200));
    const row = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(`[role="row"][data-call-id="${call.id}"]`);
      expect(el).not.toBeNull();
      return el!;
    });
    await userEvent.click(row.querySelector('[role="gridcell"]')!);
    await waitFor(() => expect(playerRoot()?.dataset.state).toBe('paused'), { timeout: 10_000 });
    const player = playerRoot();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(1));

    view.rerender(frame(600)); // a rotated tablet
    await waitFor(() => expect(document.querySelector('[data-talkturo-logs]')).toHaveAttribute('data-layout', 'drawer'));
    expect(await screen.findByRole('dialog', { name: 'Call details' })).toBeVisible();
    const narrowAt = media().currentTime;
    expect(narrowAt).toBeGreaterThan(1);
    expect(playerRoot()).toBe(player);
    expect(playerRoot()?.dataset.state).toBe('playing');
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(narrowAt + 0.3));

    view.rerender(frame(1200));
    await waitFor(() => expect(document.querySelector('[data-talkturo-logs]')).toHaveAttribute('data-layout', 'split'));
    await sleep(100);
    expect(playerRoot()).toBe(player);
    expect(playerRoot()?.dataset.state).toBe('playing');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector(`[role="row"][data-call-id="${call.id}"]`)).toHaveAttribute('aria-selected', 'true');
    expect(liveAudio(audios)).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('the call log fits the width it gets', () => {
  const visibleHeaders = (grid: HTMLElement) => {
    const box = grid.getBoundingClientRect();
    return [...grid.querySelectorAll<HTMLElement>('[role="columnheader"]')].map((h) => {
      const r = h.getBoundingClientRect();
      return { name: h.textContent!.replace(/[▲▼]/g, '').trim(), whole: r.left >= box.left - 1 && r.right <= box.right + 1 };
    });
  };

  it('in CallLogs\' split layout at 1440 px, every column it shows is whole, and none scrolls out of view', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 40, now: NOW });
    const call = await callWithRecording(adapter);
    render(<div style={{ width: 1440 }}><CallLogs adapter={adapter} /></div>);
    const row = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(`[role="row"][data-call-id="${call.id}"]`);
      expect(el).not.toBeNull();
      return el!;
    });
    await userEvent.click(row.querySelector('[role="gridcell"]')!);
    await waitFor(() => expect(document.querySelector('[data-talkturo-logs]')).toHaveAttribute('data-layout', 'split'));
    const grid = screen.getByRole('grid', { name: 'Call log' });
    await waitFor(() => expect(visibleHeaders(grid).filter((h) => !h.whole)).toEqual([]));
    const names = visibleHeaders(grid).map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['Started', 'Status', 'Duration']));
    expect(grid.getAttribute('aria-colcount')).toBe(String(names.length));
    expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth + 1);
  });

  it('shows all nine columns when there is room, and gives way as the log narrows', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const view = render(<div style={{ width: 1400 }}><CallLogTable adapter={adapter} /></div>);
    const grid = await screen.findByRole('grid', { name: 'Call log' });
    await waitFor(() => expect(visibleHeaders(grid)).toHaveLength(9));
    view.rerender(<div style={{ width: 600 }}><CallLogTable adapter={adapter} /></div>);
    await waitFor(() => expect(visibleHeaders(grid).length).toBeLessThan(9));
    expect(visibleHeaders(grid).every((h) => h.whole)).toBe(true);
  });
});

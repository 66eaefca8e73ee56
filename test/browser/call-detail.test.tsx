// CallDetailPanel and CallLogs in Chromium: real recordings from the memory adapter's fixtures.
import { cleanup } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallLogs, CallsProvider, createMemoryAdapter, type CallsAdapter, type CallSummary } from '../../src';
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

async function firstCall(adapter: CallsAdapter, test: (c: CallSummary) => boolean) {
  const { calls } = await adapter.listCalls({ limit: 50 });
  const call = calls.find(test);
  if (!call) throw new Error('no such seeded call');
  return call;
}
const withRecording = (c: CallSummary) => c.recording === 'available' && c.durationSeconds! < 30;
const media = () => liveAudio(audios)[0]!;
const playerState = () => document.querySelector<HTMLElement>('[data-talkturo-player]')?.dataset.state;

function mountPanel(adapter: CallsAdapter, callId: string, props: Partial<Parameters<typeof CallDetailPanel>[0]> = {}) {
  return render(<CallsProvider adapter={adapter}><div style={{ width: 720 }}><CallDetailPanel callId={callId} {...props} /></div></CallsProvider>);
}

describe('CallDetailPanel', () => {
  it('puts the player before the tabs, and the tabs work by keyboard', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await firstCall(adapter, withRecording);
    mountPanel(adapter, call.id);
    const tablist = await screen.findByRole('tablist', { name: 'Call details' });
    await waitFor(() => expect(playerState()).toBe('paused'), { timeout: 10_000 });
    const player = document.querySelector('[data-talkturo-player]')!;
    expect(player.compareDocumentPosition(tablist) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const transcriptTab = screen.getByRole('tab', { name: 'Transcript' });
    expect(transcriptTab).toHaveAttribute('aria-selected', 'true');
    transcriptTab.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('The caller booked a dental cleaning');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tabpanel')).toHaveTextContent(call.id);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Front Desk'.length ? call.assistantName! : '');
  });

  it('seeks and plays when a turn is clicked, and highlights the turn being played', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await firstCall(adapter, withRecording);
    const detail = await adapter.getCall(call.id);
    mountPanel(adapter, call.id);
    await waitFor(() => expect(playerState()).toBe('paused'), { timeout: 10_000 });
    const third = detail.transcript![2]!;
    await userEvent.click(screen.getByRole('button', { name: new RegExp(third.text.slice(0, 20)) }));
    await waitFor(() => expect(playerState()).toBe('playing'));
    expect(media().currentTime).toBeGreaterThanOrEqual(third.startSeconds - 0.05);
    expect(media().currentTime).toBeLessThan(third.startSeconds + 1.5);
    await waitFor(() => expect(screen.getByRole('button', { current: true })).toHaveTextContent(third.text));
    // Playback moves into the next turn: the highlight follows.
    const fourth = detail.transcript![3]!;
    await waitFor(() => expect(screen.getByRole('button', { current: true })).toHaveTextContent(fourth.text), { timeout: 8_000 });
    // Enter on a turn does the same.
    screen.getByRole('button', { name: new RegExp(detail.transcript![0]!.text.slice(0, 20)) }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(media().currentTime).toBeLessThan(detail.transcript![1]!.startSeconds));
  });

  it('scrolls the transcript with playback until the user scrolls away, then offers to follow again', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await firstCall(adapter, (c) => c.recording === 'available' && c.durationSeconds! > 100);
    const detail = await adapter.getCall(call.id);
    render(<CallsProvider adapter={adapter}><div style={{ width: 720, ['--tt-transcript-height' as string]: '160px' }}><CallDetailPanel callId={call.id} /></div></CallsProvider>);
    await waitFor(() => expect(playerState()).toBe('paused'));
    const list = document.querySelector<HTMLElement>('[data-part="turns"]')!;
    const late = detail.transcript!.at(-3)!;
    await userEvent.click(screen.getByRole('button', { name: new RegExp(detail.transcript![0]!.text.slice(0, 20)) }));
    document.querySelector<HTMLElement>('[data-talkturo-player] [data-part="seek"]')!.focus();
    media().currentTime = late.startSeconds;
    await waitFor(() => expect(screen.getByRole('button', { current: true })).toHaveTextContent(late.text));
    await waitFor(() => expect(list.scrollTop).toBeGreaterThan(200));
    expect(screen.queryByRole('button', { name: 'Follow playback' })).toBeNull();
    list.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: -400 }));
    list.scrollTop = 0;
    const follow = await screen.findByRole('button', { name: 'Follow playback' });
    await sleep(1200);
    expect(list.scrollTop).toBe(0);
    await userEvent.click(follow);
    await waitFor(() => expect(list.scrollTop).toBeGreaterThan(200));
    expect(screen.queryByRole('button', { name: 'Follow playback' })).toBeNull();
  });

  it('searches the transcript and shows <script> and <img onerror> as text', async () => {
    const memory = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await firstCall(memory, (c) => c.recording === 'not-captured');
    const hostile: CallsAdapter = {
      ...memory,
      getCall: async (id) => ({
        ...(await memory.getCall(id)),
        summary: '<img src=x onerror="window.__pwned=1">',
        transcript: [
          { speaker: 'caller', text: '<script>window.__pwned=1</script> my claim', startSeconds: 0 },
          { speaker: 'assistant', text: '<img src=x onerror="window.__pwned=1"> your claim', startSeconds: 2 },
        ],
      }),
    };
    mountPanel(hostile, call.id);
    expect(await screen.findByText('<script>window.__pwned=1</script>', { exact: false })).toBeVisible();
    expect(document.querySelector('[data-talkturo-panel] script, [data-talkturo-panel] img')).toBeNull();
    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search transcript' }), 'claim');
    expect(screen.getByText('2 matches')).toBeVisible();
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['claim', 'claim']);
    await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    ['disabled', 'recording was turned off for this assistant'],
    ['not-captured', 'the call ended before any audio could be captured'],
    ['purged', "deleted at the end of your plan's retention period"],
  ] as const)('explains a %s recording in words', async (state, text) => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await firstCall(adapter, (c) => c.recording === state);
    mountPanel(adapter, call.id, { allowRecordingSettings: true });
    expect(await screen.findByText(new RegExp(text))).toBeVisible();
    expect(document.querySelector('[data-talkturo-player]')).toBeNull();
    if (state === 'disabled') {
      const toggle = screen.getByRole('switch', { name: /Record future calls with/ });
      expect(toggle).toHaveAttribute('aria-checked', 'false');
      expect(toggle).toHaveAccessibleDescription('Takes effect on the next call. Calls that have already ended cannot be recorded.');
      const spy = vi.spyOn(adapter, 'setRecordingEnabled');
      await userEvent.click(toggle);
      await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
      expect(spy).toHaveBeenCalledWith(call.assistantId, true);
    }
  });

  it('polls a processing recording until it becomes a player', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW, processingMs: 1_500 });
    const call = await firstCall(adapter, (c) => c.recording === 'processing' && c.status === 'completed');
    mountPanel(adapter, call.id);
    expect(await screen.findByText(/The recording is being prepared/)).toBeVisible();
    await waitFor(() => expect(playerState()).toBe('paused'), { timeout: 10_000 });
    expect(screen.queryByText(/The recording is being prepared/)).toBeNull();
  });

  it('says when a call does not exist, and never flashes the previous call', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW, latencyMs: 150 });
    const a = await firstCall(adapter, withRecording);
    const b = await firstCall(adapter, (c) => c.recording === 'purged');
    const { rerender } = mountPanel(adapter, a.id, { defaultTab: 'details' });
    await screen.findByText(a.id);
    rerender(<CallsProvider adapter={adapter}><CallDetailPanel callId={b.id} defaultTab="details" /></CallsProvider>);
    expect(screen.queryByText(a.id)).toBeNull();
    await screen.findByText(b.id);
    rerender(<CallsProvider adapter={adapter}><CallDetailPanel callId="no-such-call" /></CallsProvider>);
    expect(await screen.findByRole('alert')).toHaveTextContent('This call was not found.');
  });

  it('has no axe-core violations', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
    const call = await firstCall(adapter, withRecording);
    mountPanel(adapter, call.id);
    await waitFor(() => expect(playerState()).toBe('paused'), { timeout: 10_000 });
    await waitFor(() => expect(document.querySelector('[data-talkturo-player]')).toHaveAttribute('data-waveform', 'ready'));
    for (const tab of ['Transcript', 'Summary', 'Details']) {
      await userEvent.click(screen.getByRole('tab', { name: tab }));
      const result = await axe.run(document.querySelector('[data-talkturo-panel]')!, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
      expect(result.violations).toEqual([]);
    }
  });
});

describe('CallLogs', () => {
  it('opens the selected call beside the table, and in a drawer when narrow', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 40, now: NOW });
    const call = await firstCall(adapter, withRecording);
    const { rerender } = render(<CallsProvider adapter={adapter}><div style={{ width: 1200 }}><CallLogs /></div></CallsProvider>);
    const row = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(`[role="row"][data-call-id="${call.id}"]`);
      expect(el).not.toBeNull();
      return el!;
    });
    await userEvent.click(row.querySelector('[role="gridcell"]')!);
    await waitFor(() => expect(playerState()).toBe('paused'), { timeout: 10_000 });
    expect(document.querySelector('[data-talkturo-logs]')).toHaveAttribute('data-layout', 'split');
    expect(screen.getByRole('tablist', { name: 'Call details' })).toBeVisible();

    rerender(<CallsProvider adapter={adapter}><div style={{ width: 600 }}><CallLogs /></div></CallsProvider>);
    await waitFor(() => expect(document.querySelector('[data-talkturo-logs]')).toHaveAttribute('data-layout', 'drawer'));
    const dialog = await screen.findByRole('dialog', { name: 'Call details' });
    expect(dialog).toBeVisible();
    await waitFor(() => expect(playerState()).toBe('paused'), { timeout: 10_000 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Closed in the same commit as the drawer: no player is left behind.
    expect(document.querySelector('[data-talkturo-player]')).toBeNull();
  });
});

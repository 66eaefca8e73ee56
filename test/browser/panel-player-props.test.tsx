// The panel hands the player's own props through `playerProps`, and reads the player's state where it
// is (no copy of the time or the figures): in Chromium with the demo recordings.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallDetailPanel, CallsProvider, createMemoryAdapter, type CallSummary } from '../../src';
import '../../src/theme/styles.css';
import { captureAudioElements, FIXTURE_URLS, liveAudio, render, screen, waitFor } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 15);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const activeTurn = () => document.querySelector<HTMLElement>('[data-part="turns"] [data-active]');

describe('CallDetailPanel with playerProps', () => {
  it('gives the player its own props, and its transcript follows the player from where it starts to where it plays', async () => {
    const audios = captureAudioElements();
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS, calls: 20, now: NOW });
    const { calls } = await adapter.listCalls({ limit: 50 });
    const call = calls.find((c: CallSummary) => c.recording === 'available' && c.durationSeconds! < 30)!;
    const detail = await adapter.getCall(call.id);
    const turns = detail.transcript!;
    const later = turns.find((t) => t.startSeconds > 6)!;
    const onTimeUpdate = vi.fn();
    const onAnalysis = vi.fn();
    render(
      <CallsProvider adapter={adapter}>
        <div style={{ width: 720 }}>
          <CallDetailPanel
            callId={call.id}
            defaultTime={later.startSeconds + 0.1}
            playerProps={{ autoPlay: true, laneHeight: 72, className: 'host-player', onTimeUpdate, onAnalysis, 'aria-label': 'The call, heard' }}
          />
        </div>
      </CallsProvider>,
    );
    const player = await screen.findByRole('group', { name: 'The call, heard' }, { timeout: 10_000 });
    expect(player).toHaveClass('host-player');
    expect(player.style.getPropertyValue('--tt-lane-height')).toBe('72px');
    // Where it starts (a link to a moment) is the transcript's active turn before a sample plays.
    await waitFor(() => expect(activeTurn()?.textContent).toContain(later.text.slice(0, 20)));
    // autoPlay: it plays from there, and the transcript follows the player's own clock.
    await waitFor(() => expect(liveAudio(audios).some((a) => !a.paused && a.currentTime > later.startSeconds + 0.5)).toBe(true), { timeout: 15_000 });
    expect(onTimeUpdate).toHaveBeenCalled();
    expect(onTimeUpdate.mock.calls.at(-1)![0]).toBeGreaterThan(later.startSeconds);
    // The figures reach the host and the transcript's response times come from the same analysis.
    await waitFor(() => expect(onAnalysis).toHaveBeenCalled(), { timeout: 15_000 });
    const { responses } = onAnalysis.mock.calls[0]![0];
    expect(responses.length).toBeGreaterThan(0);
    await waitFor(() => expect(document.querySelector('[data-part="response-time"]')).not.toBeNull());
  });
});

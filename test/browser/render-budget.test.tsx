// What re-renders while a call plays: React commits counted with a Profiler (a count, not a timing),
// and which parts of the panel render, so a regression to "everything renders with the clock" shows.
import { cleanup } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, StereoRecordingPlayer, createMemoryAdapter, type CallsAdapter, type TranscriptTurn } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, position, render, screen, sleep, waitForState, FIXTURE_URLS } from './helpers';

afterEach(() => cleanup());
const NOW = Date.UTC(2026, 10, 20, 15);
const PLAY_MS = 3000;
/** Commits allowed per second of playback: the clock and slider a few times a second, plus slack. */
const PER_SECOND = 10;

function counter() {
  const ids = new Map<string, number>();
  let commits = 0;
  return {
    onRender: (id: string) => {
      commits++;
      ids.set(id, (ids.get(id) ?? 0) + 1);
    },
    reset: () => {
      commits = 0;
      ids.clear();
    },
    get commits() {
      return commits;
    },
    of: (id: string) => ids.get(id) ?? 0,
  };
}

async function playFor(ms: number) {
  await userEvent.click(screen.getByRole('button', { name: 'Play' }));
  await waitForState('playing');
  const from = position();
  await sleep(ms);
  await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
  return position() - from;
}

describe('while a call plays', () => {
  it('the player commits at most ~10 times a second, and the clock still moves', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 30, now: NOW });
    const call = await callWithRecording(adapter, 'long');
    const count = counter();
    render(<Profiler id="player" onRender={count.onRender}><div style={{ width: 720 }}><StereoRecordingPlayer callId={call.id} adapter={adapter} /></div></Profiler>);
    await waitForState('paused');
    await sleep(300); // the waveform's last updates
    count.reset();
    const played = await playFor(PLAY_MS);
    expect(played).toBeGreaterThan(2);
    expect(count.commits).toBeGreaterThan(PLAY_MS / 1000 * 3); // the counter really updates
    expect(count.commits).toBeLessThanOrEqual((PLAY_MS / 1000) * PER_SECOND + 6);
  });

  it('a panel with 2,000 turns re-renders neither itself nor its transcript with the clock', async () => {
    const base = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 30, now: NOW });
    const call = await callWithRecording(base, 'long');
    const turns: TranscriptTurn[] = Array.from({ length: 2000 }, (_, i) => ({
      speaker: i % 2 ? 'assistant' : 'caller',
      text: `Turn ${i} with a few words in it.`,
      startSeconds: (i * call.durationSeconds!) / 2000,
      endSeconds: ((i + 1) * call.durationSeconds!) / 2000,
    }));
    const adapter: CallsAdapter = { ...base, getCall: async (id, init) => ({ ...(await base.getCall(id, init)), transcript: turns }) };
    const count = counter();
    render(
      <CallsProvider adapter={adapter}>
        <Profiler id="panel" onRender={count.onRender}>
          <div style={{ width: 720 }}><CallDetailPanel callId={call.id} /></div>
        </Profiler>
      </CallsProvider>,
    );
    await waitForState('paused');
    await sleep(300);
    count.reset();
    const played = await playFor(PLAY_MS);
    expect(played).toBeGreaterThan(2);
    // A turn lasts ~0.1 s here, so the active turn changes ~10 times a second: those changes ride on
    // the clock's commits rather than adding their own.
    expect(count.commits).toBeLessThanOrEqual((PLAY_MS / 1000) * PER_SECOND + 6);
    const active = document.querySelectorAll('[data-part="turns"] li[data-active]');
    expect(active).toHaveLength(1);
    expect(document.querySelectorAll('[data-part="turns"] > li').length).toBeLessThan(60);
  });
});

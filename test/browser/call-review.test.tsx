// The call-review figures in Chromium: on the demo's fixtures (figures as the analysis measures them,
// events at their times, word timings), and on recordings made here whose every silence and
// interruption is known (skip silences, replaying an interruption).
import { fireEvent, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  analyzeConversation, CallDetailPanel, CallLogs, CallsProvider, createMemoryAdapter, StereoRecordingPlayer,
  type CallsAdapter, type CallSummary,
} from '../../src';
import { decodePeaks } from '../../src/player/peaks';
import { wordIndexAt } from '../../src/call-detail/transcript';
import '../../src/theme/styles.css';
import { conversationWav, eachTestsAudio, playerRoot, position, render, screen, singleRecordingAdapter, slider, waitFor, FIXTURE_URLS, markAt, sameColour, tokenRgba } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 15);
const liveAudio = eachTestsAudio(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
});
const media = () => liveAudio()[0]!;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const percent = (share: number) => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(share);

async function shortCall(): Promise<{ adapter: CallsAdapter; call: CallSummary }> {
  const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 20, now: NOW });
  const { calls } = await adapter.listCalls({ limit: 50 });
  const call = calls.find((c) => c.recording === 'available' && c.durationSeconds! < 30);
  if (!call) throw new Error('no short call with a recording');
  return { adapter, call };
}

function mountPanel(adapter: CallsAdapter, callId: string, props: Partial<Parameters<typeof CallDetailPanel>[0]> = {}) {
  return render(<CallsProvider adapter={adapter}><div style={{ width: 760 }}><CallDetailPanel callId={callId} {...props} /></div></CallsProvider>);
}

describe('figures from the demo call', () => {
  it('shows response times, interruptions and talk share as analyzeConversation measures them', async () => {
    const { adapter, call } = await shortCall();
    const detail = await adapter.getCall(call.id);
    const source = (await adapter.getRecording(call.id))!;
    // The same decoding the player does, analysed here with the exported function.
    const decoded = await decodePeaks(await (await fetch(source.url)).arrayBuffer(), 0);
    const expected = analyzeConversation(decoded.peaks, { durationSeconds: source.durationSeconds!, transcript: detail.transcript! });
    const onError = vi.fn();
    mountPanel(adapter, call.id, { onError });

    const figures = await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 15_000 });
    const { medianSeconds, p90Seconds } = expected.responseSummary;
    expect(figures).toHaveTextContent(`Response timemedian ${seconds(medianSeconds!)} · 90th percentile ${seconds(p90Seconds!)}`);
    expect(figures).toHaveTextContent(`Interruptionscaller ${expected.interruptionCounts.caller} · assistant ${expected.interruptionCounts.assistant}`);
    const share = expected.talkShare;
    expect(figures).toHaveTextContent(`caller ${percent(share.caller)} · assistant ${percent(share.assistant)} · silence ${percent(share.silence)}`);

    // The fixture's answers follow the caller by 0.45 s of padding plus the voice's own trailing
    // silence: measured from the audio, not the transcript's timestamps.
    expect(expected.responses.map((r) => r.turnIndex)).toEqual([2, 4]);
    for (const r of expected.responses) {
      expect(r.seconds).toBeGreaterThan(0.3);
      expect(r.seconds).toBeLessThan(1.2);
      const turn = detail.transcript![r.turnIndex!]!;
      expect(screen.getByRole('button', { name: new RegExp(`^Assistant .*${turn.text.slice(0, 12)}`) })).toHaveTextContent(`answered in ${seconds(r.seconds)}`);
    }
    expect(onError).not.toHaveBeenCalled();
  });

  it('draws each event at its time above the lanes and in the transcript, and plays from it', async () => {
    const { adapter, call } = await shortCall();
    const detail = await adapter.getCall(call.id);
    const events = detail.events!;
    expect(events.length).toBeGreaterThan(0);
    mountPanel(adapter, call.id);
    await waitFor(() => expect(playerRoot().dataset.state).toBe('paused'), { timeout: 10_000 });
    const track = playerRoot().querySelector<HTMLElement>('[data-part="events"]')!;
    const lanes = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!.getBoundingClientRect();
    // The file's own length (the media's), which the lanes are drawn to, not the API's rounded one.
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    const duration = Number(screen.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuemax'));
    expect(duration).toBeCloseTo(call.durationSeconds!, 0);
    for (const event of events) {
      const marker = within(track).getByRole('button', { name: new RegExp(`^Tool call ${event.label} at`) });
      const box = marker.getBoundingClientRect();
      const x = box.left + box.width / 2 - lanes.left;
      // Within two pixels of where the lanes draw that time.
      expect(Math.abs(x - (event.atSeconds / duration) * lanes.width)).toBeLessThan(2);
      // And a row under the turn during which it happened.
      const rows = [...document.querySelectorAll('[data-part="turn-event"] button')].filter((b) => b.textContent!.endsWith(`Tool call ${event.label}`));
      expect(rows).toHaveLength(1);
    }
    const first = events[0]!;
    await userEvent.click(within(track).getByRole('button', { name: new RegExp(`^Tool call ${first.label}`) }));
    await waitFor(() => expect(playerRoot().dataset.state).toBe('playing'));
    expect(media().currentTime).toBeGreaterThanOrEqual(first.atSeconds - 0.05);
    expect(media().currentTime).toBeLessThan(first.atSeconds + 1.5);
  });

  it('lists the events in the Transcript tab of a call that has no transcript', async () => {
    const { adapter, call } = await shortCall();
    const withoutTurns: CallsAdapter = { ...adapter, key: 'without turns', getCall: async (id, init) => ({ ...(await adapter.getCall(id, init)), transcript: [] }) };
    mountPanel(withoutTurns, call.id);
    const tab = await screen.findByRole('tabpanel', {}, { timeout: 10_000 });
    await waitFor(() => expect(tab).toHaveTextContent('There is no transcript for this call.'));
    const list = within(tab).getByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '0:08 Tool call check_availability', '0:15 Tool call book_appointment',
    ]);
  });

  it('highlights the word being spoken, in step with playback, and plays from a clicked word', async () => {
    const { adapter, call } = await shortCall();
    const detail = await adapter.getCall(call.id);
    const turn = detail.transcript![2]!;
    const words = turn.words!;
    mountPanel(adapter, call.id);
    await waitFor(() => expect(playerRoot().dataset.state).toBe('paused'), { timeout: 10_000 });
    const button = screen.getByRole('button', { name: new RegExp(`^Assistant .*${turn.text.slice(0, 12)}`) });
    await userEvent.click(button);
    await waitFor(() => expect(playerRoot().dataset.state).toBe('playing'));
    // Sampled while the turn plays: the marked word is the one the timings put at the media's time.
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 180));
      const marked = button.querySelectorAll<HTMLElement>('[data-word-start][data-current]');
      const t = media().currentTime;
      if (t > turn.endSeconds!) break;
      expect(marked.length).toBeLessThanOrEqual(1);
      if (!marked.length) continue;
      const index = [...button.querySelectorAll('[data-word-start]')].indexOf(marked[0]!);
      // The clock the transcript hears moves in steps of at most 0.1 s: one word either way.
      expect(Math.abs(index - wordIndexAt(words, t))).toBeLessThanOrEqual(1);
      seen.add(marked[0]!.textContent!);
    }
    expect(seen.size).toBeGreaterThan(3);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    // A click on a word plays from it.
    const target = words[words.length - 3]!;
    const span = [...button.querySelectorAll<HTMLElement>('[data-word-start]')].find((w) => Number(w.dataset.wordStart) === target.startSeconds)!;
    await userEvent.click(span);
    await waitFor(() => expect(playerRoot().dataset.state).toBe('playing'));
    expect(media().currentTime).toBeGreaterThanOrEqual(target.startSeconds - 0.05);
    expect(media().currentTime).toBeLessThan(target.startSeconds + 0.8);
  });
});

describe('a link to a moment', () => {
  it('opens at defaultTime, and copies a link to where playback is', async () => {
    const { adapter, call } = await shortCall();
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mountPanel(adapter, call.id, { defaultTime: 12, getMomentUrl: (id, s) => `https://dash.example/calls?call=${id}&t=${s}` });
    await waitFor(() => expect(playerRoot().dataset.state).toBe('paused'), { timeout: 10_000 });
    expect(slider()).toHaveAttribute('aria-valuenow', '12');
    // The lanes' playhead is there too, not at 0:00, before anything has played.
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    const waveform = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!;
    const cursor = waveform.firstElementChild!.shadowRoot!.querySelector<HTMLElement>('[part="cursor"]')!;
    await waitFor(() => {
      const at = (cursor.getBoundingClientRect().left - waveform.getBoundingClientRect().left) / waveform.getBoundingClientRect().width;
      expect(at * call.durationSeconds!).toBeCloseTo(12, 0);
    });
    // The transcript opens on the turn being played at 12 s.
    await waitFor(() => expect(screen.getByRole('button', { current: true })).toHaveTextContent('Does Tuesday at ten'));
    await userEvent.click(await screen.findByRole('button', { name: 'Copy link to this moment' }));
    expect(writeText).toHaveBeenCalledWith(`https://dash.example/calls?call=${call.id}&t=12`);
    expect(screen.getByText('Link to 0:12 copied')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(playerRoot().dataset.state).toBe('playing'));
    expect(media().currentTime).toBeGreaterThanOrEqual(11.95);
    await waitFor(() => expect(position()).toBeGreaterThan(13.2));
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const at = Math.floor(position());
    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this moment' }));
    expect(writeText).toHaveBeenLastCalledWith(`https://dash.example/calls?call=${call.id}&t=${at}`);
  });

  it('CallLogs opens the linked call at its moment, and the next call from its start', async () => {
    const { adapter, call } = await shortCall();
    const { calls } = await adapter.listCalls({ limit: 50 });
    const next = calls.find((c) => c.id !== call.id && c.recording === 'available' && c.durationSeconds! < 30 && c.fromNumber);
    if (!next) throw new Error('no other short call in the log');
    render(<CallsProvider adapter={adapter}><div style={{ width: 1280 }}><CallLogs defaultCallId={call.id} defaultTime={9} /></div></CallsProvider>);
    await waitFor(() => expect(playerRoot().dataset.state).toBe('paused'), { timeout: 10_000 });
    expect(slider()).toHaveAttribute('aria-valuenow', '9');
    const rows = await screen.findAllByRole('row');
    const other = rows.find((r) => r.textContent?.includes(next.fromNumber!));
    if (!other) throw new Error('the other call is not in view');
    await userEvent.click(other);
    await waitFor(() => expect(playerRoot().closest('[data-talkturo-panel]')?.querySelector('[data-part="details"], [role="tabpanel"]')).toBeTruthy());
    await waitFor(() => expect(playerRoot().dataset.state).toBe('paused'), { timeout: 10_000 });
    expect(slider()).toHaveAttribute('aria-valuenow', '0');
  });
});

describe('recordings whose silences and interruptions are known', () => {
  // Caller 0–3 s, then 6 s of nobody, the assistant 9–12 s, and the caller cutting in at 11.2 s.
  const SPOKEN = [
    { speaker: 'caller', start: 0.5, end: 3 },
    { speaker: 'assistant', start: 9, end: 12 },
    { speaker: 'caller', start: 11.2, end: 14 },
  ] as const;

  function mountPlayer(onTimeUpdate?: (t: number) => void) {
    const url = URL.createObjectURL(conversationWav(16, [...SPOKEN]));
    render(
      <CallsProvider adapter={singleRecordingAdapter(url)}>
        <div style={{ width: 760 }}><StereoRecordingPlayer callId="known" {...(onTimeUpdate ? { onTimeUpdate } : {})} /></div>
      </CallsProvider>,
    );
  }

  it('skips a 6-second silence while playing, keeping half a second, and says how much it saved', async () => {
    const times: number[] = [];
    mountPlayer((t) => times.push(t));
    await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 10_000 });
    const toggle = screen.getByRole('switch', { name: 'Skip silences' });
    expect(toggle).toBeEnabled();
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    fireEvent.change(slider(), { target: { value: '2' } });
    const started = performance.now();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(position()).toBeGreaterThan(9.2), { timeout: 5_000 });
    // 7 s of recording in well under 7 s of listening.
    expect(performance.now() - started).toBeLessThan(4_500);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    // One jump, from just inside the silence (a quarter second in) to a quarter second before the
    // assistant speaks: nothing in between is played. (The clock reports every 0.1 s or so, and the
    // media may report one time from before the seek after it.)
    const landed = times.findIndex((t) => t > 8);
    expect(times[landed]).toBeCloseTo(8.75, 1);
    expect(times[landed - 1]).toBeGreaterThanOrEqual(3.1);
    expect(times[landed - 1]).toBeLessThan(3.5);
    expect(times.filter((t) => t > 3.6 && t < 8.7)).toEqual([]);
    expect(screen.getByText(/of silence skipped$/)).toHaveTextContent(/^0:05 of silence skipped$/);
  });

  it('lists the caller cutting in, with how long the assistant went on, and replays it from two seconds before', async () => {
    mountPlayer();
    const figures = await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 10_000 });
    expect(figures).toHaveTextContent('Interruptionscaller 1 · assistant 0');
    const list = figures.querySelector<HTMLElement>('[data-part="interruption-list"]')!;
    expect(list).toHaveAttribute('aria-label', 'Interruptions');
    expect(list).not.toBeVisible();
    const show = within(figures).getByRole('button', { name: 'List interruptions' });
    await userEvent.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(list).toBeVisible();
    expect(list).toHaveTextContent('The caller cut in at 0:11; the assistant talked on for 0.8 s');
    await userEvent.click(within(list).getByRole('button', { name: 'Replay from 0:09' }));
    await waitFor(() => expect(playerRoot().dataset.state).toBe('playing'));
    expect(media().currentTime).toBeGreaterThanOrEqual(9.1);
    expect(media().currentTime).toBeLessThan(10);
    // The lanes mark it on the caller's lane (at 11.2 s), and the answer's bracket (3 → 9 s, 6 s: slow)
    // on the assistant's, in the slow answer's colour; the call is 16 s long.
    const root = playerRoot();
    const interruption = tokenRgba(root, '--tt-interruption');
    const slow = tokenRgba(root, '--tt-response-slow');
    expect(sameColour(markAt(root, 11.21, 16, 0), interruption)).toBe(true);
    expect(sameColour(markAt(root, 11.21, 16, 1), interruption)).toBe(false);
    // Drawn over the long silence (3 → 9 s, both lanes): the assistant's lane is the silence with the
    // slow bracket over it, the caller's the silence alone.
    const distance = (a: readonly number[] | null, b: readonly number[]) => (a ? Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!) : Infinity);
    for (const t of [4, 6, 8]) {
      const [assistantLane, callerLane] = [markAt(root, t, 16, 1), markAt(root, t, 16, 0)];
      expect(distance(assistantLane, slow)).toBeLessThan(distance(callerLane, slow) - 40);
      expect(assistantLane![3]).toBeGreaterThan(callerLane![3] + 40);
    }
    expect(distance(markAt(root, 9.5, 16, 1), slow)).toBeGreaterThan(100);
    expect(figures).toHaveTextContent('1 slow');
  });

  it('works the figures out again when slowResponseSeconds changes, without touching the playing audio', async () => {
    const adapter = singleRecordingAdapter(URL.createObjectURL(conversationWav(16, [...SPOKEN])));
    const player = (slowResponseSeconds: number) => (
      <CallsProvider adapter={adapter}>
        <div style={{ width: 760 }}><StereoRecordingPlayer callId="known" slowResponseSeconds={slowResponseSeconds} /></div>
      </CallsProvider>
    );
    const { rerender } = render(player(1.2));
    const figures = await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 10_000 });
    expect(figures).toHaveTextContent('1 slow'); // the answer 6 s after the caller stopped
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(playerRoot().dataset.state).toBe('playing'));
    const audio = media();
    rerender(player(8));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Conversation figures' })).not.toHaveTextContent('slow'));
    expect(media()).toBe(audio);
    expect(liveAudio()).toHaveLength(1);
    expect(playerRoot().dataset.state).toBe('playing');
    expect(audio.paused).toBe(false);
  });

  it('has no axe-core violations with its figures, events and interruptions open', async () => {
    const url = URL.createObjectURL(conversationWav(16, [...SPOKEN]));
    render(
      <CallsProvider adapter={singleRecordingAdapter(url)}>
        <div style={{ width: 760 }}>
          <button type="button">before</button>
          <StereoRecordingPlayer
            callId="known"
            getMomentUrl={(id, s) => `/calls/${id}?t=${s}`}
            events={[{ type: 'tool-call', label: 'lookup', atSeconds: 3.2 }, { type: 'transfer', label: 'Billing', atSeconds: 14.5, detail: 'queue 4' }]}
          />
        </div>
      </CallsProvider>,
    );
    const figures = await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 10_000 });
    await userEvent.click(within(figures).getByRole('button', { name: 'List interruptions' }));
    const result = await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The events first (they sit above the lanes), one tab stop whose arrows go from event to event;
    // then the mix switches (one stop); then Play: within three stops of entering the player.
    screen.getByRole('button', { name: 'before' }).focus();
    const names: string[] = [];
    const now = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '';
    for (const key of ['{Tab}', '{ArrowRight}', '{Tab}', '{Tab}']) {
      await userEvent.keyboard(key);
      names.push(now());
    }
    expect(names).toEqual(['Tool call lookup at 0:03', 'Transfer Billing at 0:14', 'Mute caller', 'Play']);
    // A focused marker shows its name on the track, inside the player's box.
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    expect(now()).toBe('Transfer Billing at 0:14');
    const label = document.activeElement!.nextElementSibling as HTMLElement;
    expect(label).toHaveTextContent('Transfer Billing at 0:14');
    expect(label).toBeVisible();
    const [box, shownAt] = [playerRoot().getBoundingClientRect(), label.getBoundingClientRect()];
    expect(shownAt.left).toBeGreaterThanOrEqual(box.left);
    expect(shownAt.right).toBeLessThanOrEqual(box.right);
  });
});

describe('long calls', () => {
  /** A lane at 50 slices a second, loud where `speaks` says. */
  function lane(seconds: number, speaks: (t: number) => boolean): Float32Array {
    const out = new Float32Array(seconds * 50 * 2);
    for (let i = 0; i < seconds * 50; i++) {
      const v = speaks(i / 50) ? 0.7 : 0.01;
      out[i * 2] = v;
      out[i * 2 + 1] = -v;
    }
    return out;
  }

  it('are analysed in a worker of their own, with the figures the main thread would give', async () => {
    const made: string[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(String(url));
      }
    };
    try {
      const { analyzeCall } = await import('../../src/analysis/analyzeCall');
      // 20 minutes of 10-second exchanges: the caller for 4 s, then the assistant 0.8 s later for 4 s.
      const caller = lane(1200, (t) => t % 10 < 4);
      const assistant = lane(1200, (t) => t % 10 >= 4.8 && t % 10 < 8.8);
      const inWorker = await analyzeCall([caller, assistant], { durationSeconds: 1200 });
      expect(made).toHaveLength(1);
      expect(inWorker).toEqual(analyzeConversation([caller, assistant], { durationSeconds: 1200 }));
      expect(inWorker.responses).toHaveLength(120);
      expect(Math.abs(inWorker.responseSummary.medianSeconds! - 0.8)).toBeLessThanOrEqual(0.02); // one slice
      // A short call is analysed at once, on the main thread.
      await analyzeCall([lane(60, (t) => t < 3), lane(60, (t) => t > 4)], { durationSeconds: 60 });
      expect(made).toHaveLength(1);
    } finally {
      window.Worker = Original;
    }
  });
});

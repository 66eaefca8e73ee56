// A redacted call against the demo backend: its recording redacted where it is stored (by the library's
// redactor, through the S3 handler), its transcript masked as it is read. What was said never reaches the
// page — text, attributes, Copy transcript, the search, the CSV — and the original needs the host's
// permission, keeps the position and is reported once.
import { cleanup, fireEvent, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, type AuditEvent, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, captureAudioElements, httpAdapter, liveAudio, playerRoot, render, screen, slider, waitFor, waitForState } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SAID = ['Ellis', 'jordan dot', 'example dot com', 'nine four one one zero', 'jordan.ellis@example.com'];

describe('a redacted call', () => {
  it('shows placeholders, never the words: not in the page, a copy or the search; the lanes mark where', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<div style={{ width: 800 }}><CallsProvider adapter={httpAdapter()}><CallDetailPanel callId="redacted" /></CallsProvider></div>);
    await waitForState('paused');
    const turns = await screen.findByRole('list', { name: /transcript/i });
    await waitFor(() => expect(turns).toHaveTextContent('Sure, the email is [email address].'));
    expect(turns).toHaveTextContent('my name is [person name].');
    expect(turns).toHaveTextContent('It is [postcode].');
    for (const said of SAID) expect(document.documentElement.outerHTML.toLowerCase(), said).not.toContain(said.toLowerCase());

    await userEvent.click(screen.getByRole('button', { name: 'Copy transcript' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toContain('[email address]');
    for (const said of SAID) expect(copied.toLowerCase()).not.toContain(said.toLowerCase());

    const search = screen.getByRole('searchbox', { name: 'Search transcript' });
    for (const said of ['Ellis', 'nine four']) {
      await userEvent.clear(search);
      await userEvent.type(search, said);
      await waitFor(() => expect(screen.getByText(/^0 matches$|^No matches/)).toBeInTheDocument());
    }
    // The placeholders are what is searched: both emails.
    fireEvent.change(search, { target: { value: '[email address]' } });
    expect(await screen.findByText(/(^| of )2 matches$/)).toBeInTheDocument();

    // On the lanes: where, which side, what.
    const marks = within(playerRoot()).getByRole('list', { name: 'Redacted' });
    const names = within(marks).getAllByRole('listitem').map((li) => li.textContent);
    expect(names).toContainEqual(expect.stringMatching(/^email addressemail address redacted, Caller, 0:1\d to 0:2\d$/));
    expect(names).toContainEqual(expect.stringMatching(/person name redacted, Assistant, 0:1\d to 0:1\d$/));
    // Without the host's permission there is no way to the original.
    expect(screen.queryByRole('button', { name: 'Unredacted original' })).toBeNull();
    const results = await axe.run(document.querySelector('[data-talkturo-panel]')!);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('the redacted recording is silent where it was redacted (decoded in this browser)', async () => {
    const adapter = httpAdapter();
    const source = await adapter.getRecording('redacted');
    expect(source).toMatchObject({ variant: 'redacted', originalAvailable: true });
    const original = await adapter.getRecording('redacted', { variant: 'original' });
    expect(original).toMatchObject({ variant: 'original' });
    const detail = await adapter.getCall('redacted');
    const decode = async (url: string) => {
      const context = new OfflineAudioContext(2, 1, 16000);
      return context.decodeAudioData(await (await fetch(url)).arrayBuffer());
    };
    const [redacted, unredacted] = await Promise.all([decode(source!.url), decode(original!.url)]);
    const peak = (buffer: AudioBuffer, channel: number, from: number, to: number) => {
      const data = buffer.getChannelData(channel);
      let most = 0;
      for (let i = Math.floor(from * buffer.sampleRate); i < Math.min(data.length, to * buffer.sampleRate); i++) most = Math.max(most, Math.abs(data[i]!));
      return most;
    };
    for (const range of detail.redactions!) {
      const channel = range.channel === 'assistant' ? 1 : 0;
      // One frame in from each edge (36 ms at 16 kHz).
      expect(peak(unredacted, channel, range.start + 0.04, range.end - 0.04), `original ${range.entity}`).toBeGreaterThan(0.01);
      expect(peak(redacted, channel, range.start + 0.04, range.end - 0.04), `redacted ${range.entity}`).toBeLessThan(0.001);
    }
  });

  it('with permission, the original plays from the same position, through its own URL, reported once', async () => {
    const audio = captureAudioElements();
    const onAudit = vi.fn<(event: AuditEvent) => void>();
    render(<div style={{ width: 800 }}><CallsProvider adapter={httpAdapter()}><CallDetailPanel callId="redacted" allowOriginal onAudit={onAudit} /></CallsProvider></div>);
    await waitForState('paused');
    fireEvent.change(slider(), { target: { value: '20' } });
    await waitFor(() => expect(Number(slider().value)).toBeCloseTo(20, 0));
    const toggle = screen.getByRole('button', { name: 'Unredacted original' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(liveAudio(audio).at(-1)!.src).toContain('redacted-call.mp3.redacted.mp3');
    await userEvent.click(toggle);
    await waitForState('paused');
    await waitFor(() => expect(liveAudio(audio).at(-1)!.src).toMatch(/redacted-call\.mp3\?/));
    expect(screen.getByRole('button', { name: 'Unredacted original' })).toHaveAttribute('aria-pressed', 'true');
    expect(Number(slider().value)).toBeCloseTo(20, 0);
    expect(onAudit.mock.calls.map(([e]) => [e.type, Math.round(e.at)])).toEqual([['original', 20]]);
    // And back: no audit for leaving the original.
    await userEvent.click(screen.getByRole('button', { name: 'Unredacted original' }));
    await waitFor(() => expect(liveAudio(audio).at(-1)!.src).toContain('redacted-call.mp3.redacted.mp3'));
    expect(onAudit).toHaveBeenCalledTimes(1);
  });

  it('no redacted file: muteRedactions silences the ranges as they play (within 20 ms of each edge) and Download says why not', async () => {
    const audio = captureAudioElements();
    const base = httpAdapter();
    const call = await callWithRecording(base, 'short', 21);
    const adapter: CallsAdapter = {
      ...base,
      getCall: async (id, init) => ({ ...(await base.getCall(id, init)), redactions: [{ start: 3, end: 5, channel: 'caller', entity: 'phone_number' }, { start: 8, end: 8.6, channel: 'both' }] }),
    };
    render(<div style={{ width: 800 }}><CallsProvider adapter={adapter}><CallDetailPanel callId={call.id} muteRedactions /></CallsProvider></div>);
    await waitForState('paused');
    const download = screen.getByRole('button', { name: 'Download recording' });
    expect(download).toBeDisabled();
    expect(download).toHaveAccessibleDescription(/^No download: the recording itself is not redacted/);
    fireEvent.change(slider(), { target: { value: '2.4' } });
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    const media = liveAudio(audio).at(-1)!;
    const samples: { t: number; muted: boolean }[] = [];
    await new Promise<void>((resolve) => {
      const step = () => {
        samples.push({ t: media.currentTime, muted: media.muted });
        if (media.currentTime > 9.2) resolve();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const inside = (t: number) => (t >= 3.02 && t <= 4.98) || (t >= 8.02 && t <= 8.58);
    const outside = (t: number) => (t >= 2.5 && t <= 2.98) || (t >= 5.02 && t <= 7.98) || (t >= 8.62 && t <= 9.2);
    expect(samples.filter((x) => inside(x.t)).length).toBeGreaterThan(60);
    expect(samples.filter((x) => inside(x.t) && !x.muted).map((x) => x.t)).toEqual([]);
    expect(samples.filter((x) => outside(x.t) && x.muted).map((x) => x.t)).toEqual([]);
  });
});

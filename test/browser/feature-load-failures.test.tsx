// A feature's code that fails to load (a dropped connection, a deploy that removed the old chunk):
// the player says so and loses nothing. Muting redactions never plays what it should have silenced.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, captureAudioElements, httpAdapter, liveAudio, playerRoot, render, screen, sleep, waitFor, waitForState } from './helpers';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await commands.failModules(null);
});

describe('a feature whose code does not load', () => {
  it('muting redactions: the recording is not played, the player says why and offers Retry', async () => {
    const audio = captureAudioElements();
    const base = httpAdapter();
    const call = await callWithRecording(base, 'short', 21);
    const adapter: CallsAdapter = {
      ...base,
      getCall: async (id, init) => ({ ...(await base.getCall(id, init)), redactions: [{ start: 3, end: 5, channel: 'caller' }] }),
    };
    const onError = vi.fn();
    // Its chunk cannot be fetched (as after a dropped connection or a deploy that took it away).
    await commands.failModules('/features/redaction/rangeMuting');
    render(<div style={{ width: 800 }}><CallsProvider adapter={adapter}><CallDetailPanel callId={call.id} muteRedactions onError={onError} /></CallsProvider></div>);
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('The recording could not be played');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(playerRoot().dataset.state).toBe('error');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'PlayerError', code: 'not-playable' }));
    await sleep(300);
    expect(liveAudio(audio).every((a) => a.paused)).toBe(true);
    // The panel around it goes on working.
    expect(screen.getByRole('tab', { name: 'Transcript' })).toBeEnabled();
  });

  it('skipping silences: the switch goes back off, the host hears why, and playback goes on', async () => {
    const base = httpAdapter();
    const call = await callWithRecording(base);
    const onError = vi.fn();
    render(<div style={{ width: 800 }}><CallsProvider adapter={base}><CallDetailPanel callId={call.id} onError={onError} /></CallsProvider></div>);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    const skip = await screen.findByRole('switch', { name: /Skip silences/ });
    await waitFor(() => expect(skip).toBeEnabled(), { timeout: 15_000 });
    await commands.failModules('/features/skip-silences/silenceSkipping');
    await userEvent.click(skip);
    await waitFor(() => expect(skip).toHaveAttribute('aria-checked', 'false'));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/silenceSkipping|dynamically imported module/) }));
    // It tries again once the chunk can be fetched.
    await commands.failModules(null);
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
  });
});

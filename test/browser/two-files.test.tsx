// A call stored as one file per side (as Vapi stores them): each file through its own signed URL, both
// played as one stereo recording — the lanes from each file, the two sides in step whatever the speed or
// seeking (they are one stream), mute and solo, the analysis on the two, Download offering both files.
import { cleanup, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer, type CallsAdapter, type ConversationAnalysis, type StereoPlayerHandle } from '../../src';
import '../../src/theme/styles.css';
import { captureAudioElements, httpAdapter, liveAudio, playerRoot, render, screen, slider, waitFor, waitForState } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function analysisOf(adapter: CallsAdapter, callId: string): Promise<ConversationAnalysis> {
  const detail = await adapter.getCall(callId);
  let got: ConversationAnalysis | null = null;
  render(<CallsProvider adapter={adapter}><StereoRecordingPlayer callId={callId} transcript={detail.transcript} onAnalysis={(a) => (got = a)} /></CallsProvider>);
  await waitFor(() => expect(got).not.toBeNull(), { timeout: 20_000 });
  cleanup();
  return got!;
}

describe('a recording stored as one file per side', () => {
  it('reads each file through its own URL and draws both lanes; the sides line up with the stereo original to within 30 ms', async () => {
    const adapter = httpAdapter();
    const source = await adapter.getRecording('two-files');
    expect(source!.channels!.caller.url).not.toBe(source!.channels!.assistant.url);
    expect(source!.channels!.caller.url).toContain('two-files-caller.mp3');
    // The same 3-minute call, stored as one stereo file.
    const { calls } = await adapter.listCalls({ limit: 100 });
    const stereo = calls.find((c) => c.recording === 'available' && Math.abs((c.durationSeconds ?? 0) - 189.65) < 1 && !['two-files', 'redacted'].includes(c.id))!;
    const [two, one] = [await analysisOf(adapter, 'two-files'), await analysisOf(adapter, stereo.id)];
    expect(two.channels).toBe(2);
    expect(two.responses.length).toBe(one.responses.length);
    expect(two.responses.length).toBeGreaterThan(10);
    two.responses.forEach((r, i) => {
      // Each answer's edges come from the two sides' speech: a side out of step would move them.
      expect(Math.abs(r.callerEnd - one.responses[i]!.callerEnd), `answer ${i} caller end`).toBeLessThan(0.03);
      expect(Math.abs(r.assistantStart - one.responses[i]!.assistantStart), `answer ${i} assistant start`).toBeLessThan(0.03);
    });
  });

  it('plays both as one stream at 2x through seeks; mute and solo work; Download offers both files', async () => {
    const audio = captureAudioElements();
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (this.download) saved.push(this.download);
      else click.call(this);
    });
    render(<div style={{ width: 900 }}><CallsProvider adapter={httpAdapter()}><StereoRecordingPlayer callId="two-files" /></CallsProvider></div>);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 20_000 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    for (const to of [40, 120, 15]) {
      slider().focus();
      (slider() as HTMLInputElement).value = String(to);
      slider().dispatchEvent(new Event('input', { bubbles: true }));
      slider().dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => expect(Math.abs(Number((slider() as HTMLInputElement).value) - to)).toBeLessThan(3));
      const from = liveAudio(audio).at(-1)!.currentTime;
      await new Promise((r) => setTimeout(r, 1500));
      // Two seconds of the call a second (1x would give at most 1.5), on the one element that plays both sides.
      expect(liveAudio(audio).at(-1)!.currentTime - from).toBeGreaterThan(2.2);
    }
    const playing = audio.filter((a) => a.src);
    expect(playing).toHaveLength(1);
    expect(playing[0]!.src).toMatch(/^blob:/);
    // The sides are readable (one local stream): mute and solo work.
    await waitFor(() => expect(playerRoot().dataset.listening).toBe('available'));
    const caller = within(playerRoot()).getByRole('button', { name: /^Mute caller/ });
    await userEvent.click(caller);
    expect(caller).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    await waitFor(() => expect(saved).toEqual(['two-files-caller.mp3', 'two-files-assistant.mp3']));
  });

  it('a seek and Play before both files are in wait for them: both sides play from there, never the caller\'s file alone', async () => {
    const audio = captureAudioElements();
    // The assistant's file comes slowly, as over a poor connection.
    const fetch = window.fetch.bind(window);
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('two-files-assistant')) await new Promise((r) => setTimeout(r, 2000));
      return fetch(input, init);
    });
    const api = createRef<StereoPlayerHandle>();
    render(<div style={{ width: 900 }}><CallsProvider adapter={httpAdapter()}><StereoRecordingPlayer callId="two-files" apiRef={api} /></CallsProvider></div>);
    await waitFor(() => expect(api.current).not.toBeNull());
    const idle = api.current;
    // The player is there (its commands are its own, no longer the placeholder's) and says it is loading.
    await waitFor(() => expect(api.current).not.toBe(idle));
    expect(playerRoot().dataset.state).toBe('loading');
    api.current!.seek(60);
    api.current!.play();
    expect(playerRoot().dataset.state).toBe('loading');
    await waitForState('playing', 20_000);
    await waitFor(() => expect(liveAudio(audio).at(-1)!.currentTime).toBeGreaterThan(60.3));
    expect(liveAudio(audio).at(-1)!.currentTime).toBeLessThan(65);
    expect(audio.filter((a) => a.src).map((a) => a.src.slice(0, 5))).toEqual(['blob:']);
    expect(audio.every((a) => !a.src.startsWith('http'))).toBe(true);
  });
});

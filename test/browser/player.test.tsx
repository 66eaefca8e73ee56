// The player in real Chromium against the demo backend: real MP3s, real presigned URLs (3 s).
import { cleanup } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { CallsProvider, StereoRecordingPlayer, type CallsAdapter, type RecordingSource } from '../../src';
import '../../src/theme/styles.css';
import { formatClock } from '../../src/format';
import {
  callWithRecording, captureAudioElements, countColour, httpAdapter, lanePixels, liveAudio, playerBackend, playerRoot,
  position, render, screen, singleRecordingAdapter, sleep, slider, waitFor, waitForState, wavFile,
} from './helpers';

let adapter: CallsAdapter;
let audios: HTMLAudioElement[];

beforeEach(() => {
  adapter = httpAdapter();
  audios = captureAudioElements();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function mount(callId: string, props: Partial<Parameters<typeof StereoRecordingPlayer>[0]> = {}, withAdapter = adapter) {
  const onError = vi.fn();
  const view = render(
    <CallsProvider adapter={withAdapter}>
      <div style={{ width: 720 }}>
        <StereoRecordingPlayer callId={callId} onError={onError} {...props} />
      </div>
    </CallsProvider>,
  );
  return { ...view, onError };
}

const media = () => {
  const live = liveAudio(audios);
  expect(live).toHaveLength(1);
  return live[0]!;
};

describe('StereoRecordingPlayer', () => {
  it('draws the caller lane in white on top and the assistant lane in purple below, each labelled', async () => {
    const call = await callWithRecording(adapter);
    mount(call.id);
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    await sleep(300);
    expect(screen.getByText('Caller')).toBeVisible();
    expect(screen.getByText('Assistant')).toBeVisible();
    const lanes = lanePixels(playerRoot());
    const top = lanes.filter((l) => l.centre < 0.5);
    const bottom = lanes.filter((l) => l.centre > 0.5);
    expect(top.length).toBeGreaterThan(0);
    expect(bottom.length).toBeGreaterThan(0);
    const white: [number, number, number] = [255, 255, 255];
    const purple: [number, number, number] = [167, 139, 250];
    const sum = (ls: typeof lanes, c: [number, number, number]) => ls.reduce((n, l) => n + countColour(l.data, c), 0);
    expect(sum(top, white)).toBeGreaterThan(200);
    expect(sum(top, purple)).toBe(0);
    expect(sum(bottom, purple)).toBeGreaterThan(200);
    expect(sum(bottom, white)).toBe(0);
  });

  it('plays, pauses and seeks by clicking the lanes', async () => {
    const call = await callWithRecording(adapter);
    const { onError } = mount(call.id);
    await waitForState('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    await waitFor(() => expect(position()).toBeGreaterThan(1), { timeout: 5_000 });
    expect(slider()).toHaveAttribute('aria-valuemin', '0');
    expect(Number(slider().getAttribute('aria-valuemax'))).toBeCloseTo(call.durationSeconds!, 0);
    // The total is the file's own length once the media knows it (the API rounds it down to 18).
    expect(slider().getAttribute('aria-valuetext')).toMatch(new RegExp(`^\\d+ seconds? of ${Math.round(media().duration)} seconds$`));
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitForState('paused');
    expect(media().paused).toBe(true);

    const waveform = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!;
    const box = waveform.getBoundingClientRect();
    await userEvent.click(waveform, { position: { x: box.width * 0.5, y: box.height * 0.25 } });
    // The lanes and the total are the file's own length, which the media knows (the API says 18).
    await waitFor(() => expect(media().currentTime).toBeCloseTo(media().duration / 2, 0));
    expect(screen.getByText(`${formatClock(media().currentTime)} / ${formatClock(media().duration)}`)).toBeVisible();
    expect(onError).not.toHaveBeenCalled();
  });

  it('applies every playback speed to the media; at 2x the audio runs twice as fast and keeps its pitch', async () => {
    // A 440 Hz tone on both channels, 12 s: what is heard can be measured.
    const tone = [0, 1].map(() => new Float32Array(12 * 8000).map((_, i) => Math.sin((2 * Math.PI * 440 * i) / 8000) * 0.5));
    mount('known', {}, singleRecordingAdapter(URL.createObjectURL(wavFile(8000, tone))));
    await waitForState('paused');
    const speed = screen.getByRole('combobox', { name: 'Playback speed' });
    expect([...(speed as HTMLSelectElement).options].map((o) => o.text)).toEqual(['0.5x', '0.75x', '1x', '1.25x', '1.5x', '1.75x', '2x']);
    for (const rate of ['0.5', '0.75', '1', '1.25', '1.5', '1.75', '2']) {
      await userEvent.selectOptions(speed, rate);
      expect(media().playbackRate).toBe(Number(rate));
      expect(media().defaultPlaybackRate).toBe(Number(rate));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.2));
    // What the element plays, through Web Audio: its clock is the reference (a loaded machine's main
    // thread may stall; the audio clock and the media's position are read in the same instant).
    const context = new AudioContext();
    await context.resume();
    const analyser = context.createAnalyser();
    analyser.fftSize = 8192;
    context.createMediaStreamSource((media() as HTMLMediaElement & { captureStream(): MediaStream }).captureStream()).connect(analyser);
    const [media0, audio0] = [media().currentTime, context.currentTime];
    await sleep(1_500);
    const rate = (media().currentTime - media0) / (context.currentTime - audio0);
    expect(rate).toBeGreaterThan(1.7);
    expect(rate).toBeLessThan(2.3);
    // The loudest frequency is still 440 Hz (not 880): the pitch is kept at 2x.
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    const loudest = bins.indexOf(Math.max(...bins)) * (context.sampleRate / analyser.fftSize);
    expect(loudest).toBeGreaterThan(400);
    expect(loudest).toBeLessThan(480);
    await context.close();
  });

  it('downloads <callId>.mp3 byte for byte as stored', async () => {
    const call = await callWithRecording(adapter);
    mount(call.id);
    await waitForState('paused');
    const expected = new Uint8Array(await (await fetch('/src/adapter/fixtures/call-short.mp3')).arrayBuffer());
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', expected))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const download = commands.captureDownload();
    await sleep(200);
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    const file = await download;
    expect(file).toEqual({ fileName: `${call.id}.mp3`, size: expected.length, sha256: digest });
  });

  it('keeps position, speed and pause across an expired URL, then plays and seeks on', async () => {
    // A call that comes with peaks: its media plays from the signed URL (a short call without peaks
    // plays from the one read of its whole file, which no URL expiry reaches: see fetch-once.test).
    const call = await callWithRecording(adapter, 'long');
    const { onError } = mount(call.id);
    await waitForState('paused');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '1.5');
    slider().focus();
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}{ArrowLeft}{ArrowLeft}'); // 15 - 5 - 5 = 5 s
    await waitFor(() => expect(media().currentTime).toBeCloseTo(5, 1));
    const generation = Number(playerRoot().dataset.urlGeneration);
    const firstUrl = media().src;

    await sleep(playerBackend.urlLifetimeSeconds * 1000 + 1500); // the first URL is now refused by storage
    expect((await fetch(firstUrl, { cache: 'no-store' })).status).toBe(403);
    // Paused, the media needs no bytes: its URL is left alone, and no new one is asked for until Play.
    expect(Number(playerRoot().dataset.urlGeneration)).toBe(generation);
    expect(playerRoot().dataset.state).toBe('paused');
    expect(Math.abs(media().currentTime - 5)).toBeLessThanOrEqual(0.25);
    expect(media().playbackRate).toBe(1.5);

    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(5.5));
    expect(media().currentTime).toBeLessThan(8);
    expect(media().playbackRate).toBe(1.5);
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(playerRoot().dataset.state).toBe('paused'));
    expect(onError).not.toHaveBeenCalled();
  });

  it('plays across several URL lifetimes at 2x with a far seek, without an error and with few reloads', async () => {
    const call = await callWithRecording(adapter, 'long');
    const { onError } = mount(call.id);
    await waitForState('paused');
    const states = new Set<string>();
    const observer = new MutationObserver(() => states.add(playerRoot().dataset.state!));
    observer.observe(playerRoot(), { attributes: true, attributeFilter: ['data-state'] });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await sleep(4_000);
    // Jump far ahead after the first URL expired: the browser needs new bytes now.
    slider().focus();
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}');
    await sleep(4_000);
    observer.disconnect();
    expect(states.has('error')).toBe(false);
    expect(playerRoot().dataset.state).toBe('playing');
    expect(media().currentTime).toBeGreaterThan(70);
    expect(media().playbackRate).toBe(2);
    // The media takes a new URL only when it must reach storage on an expired one (how often that is
    // depends on how far Chromium had read ahead): the first URL, and at most one per lifetime played.
    expect(Number(playerRoot().dataset.urlGeneration)).toBeGreaterThanOrEqual(1);
    expect(Number(playerRoot().dataset.urlGeneration)).toBeLessThanOrEqual(1 + Math.ceil(8 / playerBackend.urlLifetimeSeconds));
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitForState('paused');
    expect(onError).not.toHaveBeenCalled();
  });

  it('recovers from a URL that had already expired when it was handed over', async () => {
    const call = await callWithRecording(adapter);
    const stale = (await adapter.getRecording(call.id))!;
    await sleep(playerBackend.urlLifetimeSeconds * 1000 + 1200);
    let calls = 0;
    const wrapped: CallsAdapter = { ...adapter, key: 'expired on arrival', getRecording: async (id, init) => (++calls === 1 ? { ...stale, expiresAt: Date.now() + 60_000 } : adapter.getRecording(id, init)) };
    const { onError } = mount(call.id, {}, wrapped);
    await waitForState('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.5));
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it('ends in an error with Retry when storage keeps refusing, without looping', async () => {
    const call = await callWithRecording(adapter);
    // Storage refuses every URL the adapter hands out, though each claims to be valid for a minute.
    const expired = (await adapter.getRecording(call.id))!;
    await sleep(playerBackend.urlLifetimeSeconds * 1000 + 1200);
    let calls = 0;
    const refused: CallsAdapter = {
      ...adapter,
      key: 'storage refuses',
      getRecording: async () => {
        calls++;
        // A URL of its own each time: the browser's HTTP cache may hold an earlier test's answer for the same one.
        return { ...expired, url: `${expired.url}&attempt=${calls}`, expiresAt: Date.now() + 60_000 };
      },
    };
    const { onError } = mount(call.id, {}, refused);
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('The recording storage refused the link (HTTP 403), even after asking for a fresh one.');
    expect(playerRoot().dataset.state).toBe('error');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'PlayerError', code: 'storage-refused' }));
    const attempts = calls;
    expect(attempts).toBeLessThanOrEqual(4);
    await sleep(4_000);
    expect(calls).toBe(attempts);

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(calls).toBeGreaterThan(attempts));
  });

  it('says so for a call without a recording, and tells onError once by its own code', async () => {
    const none: CallsAdapter = { ...adapter, key: 'no recording', getRecording: async () => null };
    const { onError } = mount('call-without-recording', {}, none);
    await waitFor(() => expect(playerRoot()).toHaveAttribute('data-state', 'none'));
    expect(playerRoot()).toHaveTextContent('This call has no recording.');
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'PlayerError', code: 'no-recording' }));
  });

  it('says clearly what is wrong with a malformed recording source', async () => {
    const broken: CallsAdapter = { ...adapter, key: 'malformed', getRecording: async () => ({ url: 'https://storage.invalid/a.mp3', expiresAt: 'whenever' }) as RecordingSource };
    const { onError } = mount('call-1', {}, broken);
    expect(await screen.findByRole('alert')).toHaveTextContent('"recording.expiresAt" should be an ISO 8601 date or epoch milliseconds');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid-response' }));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('works by keyboard alone', async () => {
    const call = await callWithRecording(adapter);
    render(<button type="button">before</button>);
    mount(call.id);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready')); // zoom needs the lanes drawn
    // Skip silences is usable once the analysis has answered.
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Skip silences' })).toBeEnabled(), { timeout: 10_000 });
    screen.getByRole('button', { name: 'before' }).focus();
    // The four mix switches are one tab stop: arrows move between them, and Tab comes back to the last one.
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mute caller' }));
    for (const [key, name] of [['{ArrowRight}', 'Solo caller'], ['{ArrowDown}', 'Mute assistant'], ['{End}', 'Solo assistant'], ['{Home}', 'Mute caller'], ['{ArrowLeft}', 'Mute caller'], ['{ArrowRight}', 'Solo caller']] as const) {
      await userEvent.keyboard(key);
      expect(document.activeElement).toBe(screen.getByRole('button', { name }));
    }
    expect(media().currentTime).toBe(0); // the arrows moved focus, not the playhead
    // Play is the next stop: the transport sits right under the lanes.
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Play' }));
    expect(getComputedStyle(document.activeElement!).outlineStyle).toBe('solid');
    await userEvent.tab({ shift: true }); // back into the switches, at the one last focused
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Solo caller' }));
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await waitForState('playing');
    await userEvent.keyboard(' ');
    await waitForState('paused');
    await userEvent.tab();
    expect(document.activeElement).toBe(slider());
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Playback speed' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('switch', { name: 'Skip silences' }));
    await userEvent.tab(); // zoom out is disabled at "fit"
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zoom in' }));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('group', { name: 'Zoom 2x' })).toBeVisible();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Back or forward 15 seconds')).toBeVisible();
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(media().currentTime).toBeCloseTo(10, 1));
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await waitFor(() => expect(media().currentTime).toBe(0));
    await userEvent.keyboard(']]');
    expect(media().playbackRate).toBe(1.5);
    await userEvent.keyboard('[[');
    expect(media().playbackRate).toBe(1.25);
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(media().currentTime).toBeCloseTo(call.durationSeconds!, 0));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Download recording' }));
  });

  it('has no axe-core violations, loaded or failed', async () => {
    const call = await callWithRecording(adapter);
    const { unmount } = mount(call.id);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    const loaded = await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(loaded.violations).toEqual([]);
    unmount();
    mount('x', {}, { ...adapter, key: 'bad expiry', getRecording: async () => ({ url: 'u', expiresAt: 'bad' }) as RecordingSource });
    await screen.findByRole('alert');
    const failed = await axe.run(playerRoot(), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(failed.violations).toEqual([]);
  });

  it('in StrictMode builds one waveform, and unmounting leaves no media, instance or object URL behind', async () => {
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const call = await callWithRecording(adapter);
    const { unmount } = render(
      <StrictMode>
        <CallsProvider adapter={adapter}><StereoRecordingPlayer callId={call.id} /></CallsProvider>
      </StrictMode>,
    );
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    expect(playerRoot().querySelector('[data-part="waveform"]')!.querySelectorAll(':scope > :not([data-token-probe])')).toHaveLength(1);
    expect(liveAudio(audios)).toHaveLength(1);
    const download = commands.captureDownload();
    await sleep(200);
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    await download;
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    unmount();
    expect(liveAudio(audios)).toHaveLength(0);
    for (const audio of audios) expect(audio.paused).toBe(true);
    // Every object URL is released, but the download's: the browser may still be reading it, so it is
    // released on its own timer (test/unit/download-release.test.ts).
    const left = created.mock.results.map((r) => r.value as string).filter((url) => !revoked.mock.calls.some((c) => c[0] === url));
    expect(left).toHaveLength(1);
    expect(created.mock.calls.find((_, i) => created.mock.results[i]!.value === left[0])![0]).toBeInstanceOf(Blob);
  });

  it('never plays the previous call after callId changes mid-load, and keeps the waveform across URL refreshes', async () => {
    const first = await callWithRecording(adapter, 'short');
    const second = await callWithRecording(adapter, 'long');
    const requested: string[] = [];
    const slow: CallsAdapter = { ...adapter, key: 'slow first', getRecording: async (id, init) => { if (id === first.id) await sleep(400); requested.push(id); return adapter.getRecording(id, init); } };
    const onError = vi.fn();
    const { rerender } = render(<CallsProvider adapter={slow}><StereoRecordingPlayer callId={first.id} onError={onError} /></CallsProvider>);
    await sleep(50);
    rerender(<CallsProvider adapter={slow}><StereoRecordingPlayer callId={second.id} onError={onError} /></CallsProvider>);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    await sleep(600);
    expect(liveAudio(audios)).toHaveLength(1);
    expect(Number(slider().getAttribute('aria-valuemax'))).toBeCloseTo(second.durationSeconds!, 0);

    const canvases = lanePixels(playerRoot()).map((l) => l.canvas);
    const generation = Number(playerRoot().dataset.urlGeneration);
    const fetched = requested.length;
    // Paused, nothing asks for a URL however long it waits, nor fetches the expired one.
    const refused: string[] = [];
    media().addEventListener('error', () => refused.push(`${media().error?.code} at ${media().currentTime}`));
    await sleep(playerBackend.urlLifetimeSeconds * 2_000 + 500);
    expect(requested.length).toBe(fetched);
    expect(Number(playerRoot().dataset.urlGeneration)).toBe(generation);
    // A click on the lanes then seeks there (asking for a URL only if the bytes are not all here: see
    // signed-url.test for the hour) and rebuilds nothing.
    const waveform = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!;
    const box = waveform.getBoundingClientRect();
    const duration = Number(slider().getAttribute('aria-valuemax'));
    await userEvent.click(waveform, { position: { x: box.width * 0.5, y: box.height * 0.25 } });
    await waitFor(() => expect(Math.abs(media().currentTime - duration / 2)).toBeLessThan(0.5), { timeout: 5_000 });
    expect(requested.length).toBeLessThanOrEqual(fetched + 1);
    expect(Number(playerRoot().dataset.urlGeneration) - generation).toBe(requested.length - fetched);
    expect(refused).toEqual([]);
    expect(lanePixels(playerRoot()).map((l) => l.canvas)).toEqual(canvases);
    expect(canvases.every((c) => c.isConnected)).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });
});

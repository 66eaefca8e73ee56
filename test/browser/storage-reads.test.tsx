// What the player reads from storage, counted on the test page's own storage route by request, byte
// and who asked (media element or fetch): a short call without peaks is read once (the media element
// plays that read through Media Source Extensions, the lanes are decoded from it, Download saves it);
// a call whose duration and peaks come with it reads nothing until Play.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { StereoRecordingPlayer, type CallsAdapter } from '../../src';
import type { StorageCount } from './guarded-recordings';
import '../../src/theme/styles.css';
import { captureAudioElements, liveAudio, playerRoot, render, screen, singleRecordingAdapter, sleep, slider, waitFor, waitForState } from './helpers';

const LONG_SECONDS = 189.76; // call-long.mp3, 3 min 10 s, 32 kbps
let audios: HTMLAudioElement[] = [];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let keys = 0;
function storage(extra = '') {
  const key = `once-${Date.now()}-${++keys}`;
  return {
    url: `/__counted/long.mp3?k=${key}${extra}`,
    count: async () => (await (await fetch(`/__counted/stats?k=${key}`)).json()) as StorageCount,
  };
}

async function fixture() {
  const bytes = new Uint8Array(await (await fetch('/src/adapter/fixtures/call-long.mp3')).arrayBuffer());
  const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { size: bytes.length, sha256: digest };
}

function mount(adapter: CallsAdapter) {
  audios = captureAudioElements();
  const onError = vi.fn();
  render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="once" adapter={adapter} onError={onError} /></div>);
  return { onError };
}

const media = () => liveAudio(audios)[0]!;

async function playAndSeek(toSeconds: number) {
  await userEvent.click(screen.getByRole('button', { name: 'Play' }));
  await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.5), { timeout: 5_000 });
  slider().focus();
  // Shift+→ moves 15 s.
  for (let t = 0; t < toSeconds; t += 15) await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
  await waitFor(() => expect(media().currentTime).toBeGreaterThan(toSeconds + 0.3), { timeout: 8_000 });
  expect(playerRoot().dataset.state).toBe('playing');
  await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
}

describe('a short call without peaks', () => {
  it('plays, seeks, draws its lanes and downloads from one read of its file', async () => {
    const expected = await fixture();
    const { url, count } = storage();
    const { onError } = mount(singleRecordingAdapter(url, { durationSeconds: LONG_SECONDS }));
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
    await playAndSeek(120);

    const download = commands.captureDownload();
    await sleep(200);
    await userEvent.click(screen.getByRole('button', { name: 'Download recording' }));
    expect(await download).toEqual({ fileName: 'once.mp3', ...expected });

    expect(await count()).toEqual({ requests: 1, bytes: expected.size, by: { empty: 1 } });
    expect(media().src).toMatch(/^blob:/);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a connection dropped mid-file carries on from the last byte: it plays past the break and no byte is read twice', async () => {
    const expected = await fixture();
    const cutAt = 200_000; // about 50 s into the call
    const { url, count } = storage(`&cut=${cutAt}`);
    const { onError } = mount(singleRecordingAdapter(url, { durationSeconds: LONG_SECONDS }));
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
    await playAndSeek(90);
    const seen = await count();
    expect(seen.requests).toBe(2);
    expect(seen.by).toEqual({ empty: 2 });
    expect(seen.bytes).toBe(expected.size);
    expect(onError).not.toHaveBeenCalled();
  });

  it('where MP3 cannot be handed to the media (no MSE for it), the media plays the URL and the lanes read the file', async () => {
    const supported = MediaSource.isTypeSupported.bind(MediaSource);
    vi.spyOn(MediaSource, 'isTypeSupported').mockImplementation((type) => (type === 'audio/mpeg' ? false : supported(type)));
    const { url, count } = storage();
    const { onError } = mount(singleRecordingAdapter(url, { durationSeconds: LONG_SECONDS }));
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
    await playAndSeek(30);
    expect(media().src).toContain('/__counted/long.mp3');
    const seen = await count();
    expect(seen.by.audio).toBeGreaterThanOrEqual(1);
    expect(seen.by.empty).toBe(1);
    expect(onError).not.toHaveBeenCalled();
  });
});

/** Peaks as a backend sends them: one point a second, a steady tone in both lanes. */
const PEAKS: [number[], number[]] = [0, 1].map(() => Array.from({ length: Math.round(LONG_SECONDS) * 2 }, (_, i) => (i % 2 ? -0.6 : 0.6))) as [number[], number[]];

describe('a call whose duration and peaks come with it', () => {
  it('reads nothing until Play: seek and speed work standing by, and Play starts where the playhead is', async () => {
    const { url, count } = storage();
    const { onError } = mount(singleRecordingAdapter(url, { durationSeconds: LONG_SECONDS, peaks: PEAKS }));
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    expect(playerRoot().dataset.listening).toBe('available'); // same-origin: readable without asking
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '1.5');
    slider().focus();
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}'); // 60 s
    expect(Number(slider().getAttribute('aria-valuenow'))).toBeCloseTo(60, 0);
    await sleep(1_000);
    expect(await count()).toEqual({ requests: 0, bytes: 0, by: {} });

    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(60.5), { timeout: 5_000 });
    expect(media().currentTime).toBeLessThan(64);
    expect(media().playbackRate).toBe(1.5);
    expect(playerRoot().dataset.state).toBe('playing');
    expect((await count()).by.audio).toBeGreaterThanOrEqual(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('standing by on storage without CORS headers: the switches say why before Play, and Play plays', async () => {
    const noCors = inject('noCorsRecordingUrl');
    const { onError } = mount(singleRecordingAdapter(noCors, { durationSeconds: 19.08, peaks: PEAKS }));
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.listening).toBe('cors-blocked'));
    expect(screen.getByRole('button', { name: 'Mute caller' })).toHaveAttribute('aria-disabled', 'true');
    const failedLoads: unknown[] = [];
    media().addEventListener('error', () => failedLoads.push(media().error));
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.5), { timeout: 5_000 });
    expect(failedLoads).toEqual([]); // loaded plainly at once, not after a refused CORS load
    expect(onError).not.toHaveBeenCalled();
  });
});

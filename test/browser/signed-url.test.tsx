// Signed URLs as real deployments hand them out: S3 presigned URLs from a backend whose clock is off
// the browser's (a child process with its Date moved), host QueryClients that invalidate everything,
// a page frozen past a URL's lifetime, and same-origin storage guarded by cookies or fetch-only rules.
import { cleanup } from '@testing-library/react';
import { keepPreviousData, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { createHttpAdapter, StereoRecordingPlayer, type CallsAdapter, type StereoPlayerHandle } from '../../src';
import '../../src/theme/styles.css';
import { liveAudio, playerRoot, render, screen, singleRecordingAdapter, sleep, waitFor, waitForState } from './helpers';

const { ahead, behind } = inject('skewedBackends');
const adapterFor = (backend: typeof ahead) => createHttpAdapter({ baseUrl: backend.url, accountSlug: backend.account, getToken: () => backend.token });

let audios: HTMLAudioElement[];
/** Media loads that failed (storage refused them): each is an 'error' event on an element the player made. */
let refusals: number;
const failed: string[] = [];

beforeEach(() => {
  refusals = 0;
  audios = [];
  const original = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string, options?: ElementCreationOptions) => {
    const element = original(tag, options);
    if (tag.toLowerCase() === 'audio') {
      audios.push(element as HTMLAudioElement);
      element.addEventListener('error', () => {
        refusals++;
        const media = element as HTMLAudioElement;
        failed.push(`${media.error?.code} ${media.error?.message} at ${media.currentTime.toFixed(1)} s, ${new URL(media.src).searchParams.get('X-Amz-Date')}`);
      });
    }
    return element;
  }) as typeof document.createElement);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function counting(adapter: CallsAdapter) {
  const counts = { recording: 0 };
  const wrapped: CallsAdapter = { ...adapter, getRecording: (id, init) => (counts.recording++, adapter.getRecording(id, init)) };
  return { adapter: wrapped, counts };
}

const media = () => liveAudio(audios)[0]!;
const generation = () => Number(playerRoot().dataset.urlGeneration);
const onError = () => vi.fn<(error: Error) => void>();

/** Tests that wait out real URL lifetimes (8–24 s here): room for a slower, busier machine than this one. */
const LIFETIMES_IN_REAL_TIME = 60_000;

describe('signed URLs from a backend whose clock is off the browser\'s', () => {
  it('plays four 5-second lifetimes of an hour-long call at 2x with far seeks (server clock +45 s): no refused request, no reload but the needed ones', async () => {
    const { adapter, counts } = counting(adapterFor(ahead));
    const errors = onError();
    const api = createRef<StereoPlayerHandle>();
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="hour-long-with-peaks" adapter={adapter} onError={errors} apiRef={api} /></div>);
    await waitForState('paused');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    const started = performance.now();
    const seeks = [600, 1800, 3000, 1200];
    for (const to of seeks) {
      await sleep(ahead.urlLifetimeSeconds * 1000 + 300);
      expect(playerRoot().dataset.state).toBe('playing');
      api.current!.seek(to);
      await waitFor(() => expect(media().currentTime).toBeGreaterThan(to + 0.5), { timeout: 5_000 });
    }
    expect(refusals, failed.join('\n')).toBe(0);
    expect(errors).not.toHaveBeenCalled();
    expect(media().playbackRate).toBe(2);
    expect(playerRoot().dataset.state).toBe('playing');
    // Spares come at most every 2 s (4 s of usable life each: the X-Amz-Date second and a 1 s margin
    // are taken off), never in a loop; the media reloaded for the seeks that needed the network, and at
    // most once more: the browser reads a bounded stretch ahead (the call opens with preload=metadata),
    // so at 2x on 5-second URLs the buffer may run low once on an expired URL, which needs a new one.
    const elapsedSeconds = (performance.now() - started) / 1000;
    expect(counts.recording).toBeLessThanOrEqual(elapsedSeconds / 2 + 2);
    expect(generation()).toBeLessThanOrEqual(seeks.length + 2);
  }, LIFETIMES_IN_REAL_TIME);

  it('with the server clock 10 minutes behind, a 60 s URL is not "expired on arrival": it plays, with one URL', async () => {
    const { adapter, counts } = counting(adapterFor(behind));
    const errors = onError();
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="hour-long-with-peaks" adapter={adapter} onError={errors} /></div>);
    await waitForState('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(1.5), { timeout: 5_000 });
    expect(counts.recording).toBe(1);
    expect(generation()).toBe(1);
    expect(refusals).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a page frozen past the URL\'s lifetime plays at once when Play is pressed', async () => {
    const errors = onError();
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="hour-long-with-peaks" adapter={adapterFor(ahead)} onError={errors} /></div>);
    await waitForState('paused');
    const firstUrl = media().src;
    await commands.freezePage((ahead.urlLifetimeSeconds + 2) * 1000);
    // The storage's own answer, not the HTTP cache's copy of what the media element read.
    expect((await fetch(firstUrl, { headers: { Range: 'bytes=0-1' }, cache: 'no-store' })).status).toBe(403);
    const pressed = performance.now();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.3), { timeout: 5_000 });
    expect(performance.now() - pressed).toBeLessThan(3_000);
    expect(media().src).not.toBe(firstUrl);
    expect(refusals).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  }, LIFETIMES_IN_REAL_TIME);
});

describe('a paused player', () => {
  it('asks for no URL while it waits; a click on the lanes past the URL\'s lifetime asks for one and seeks there, with no refused request', async () => {
    const { adapter, counts } = counting(adapterFor(ahead));
    const errors = onError();
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="hour-long-with-peaks" adapter={adapter} onError={errors} /></div>);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    // Played a little, so the element holds part of the file and would fetch the rest on a seek.
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.5), { timeout: 5_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitForState('paused');
    const asked = counts.recording;
    const firstUrl = media().src;
    await sleep(ahead.urlLifetimeSeconds * 2_000 + 1_000);
    expect(counts.recording).toBe(asked);
    expect((await fetch(firstUrl, { headers: { Range: 'bytes=0-1' }, cache: 'no-store' })).status).toBe(403);
    const waveform = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!;
    const box = waveform.getBoundingClientRect();
    await userEvent.click(waveform, { position: { x: box.width * 0.5, y: box.height * 0.25 } });
    const duration = Number(screen.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuemax'));
    await waitFor(() => expect(Math.abs(media().currentTime - duration / 2)).toBeLessThan(duration * 0.01), { timeout: 5_000 });
    expect(counts.recording).toBe(asked + 1);
    expect(media().src).not.toBe(firstUrl);
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(duration / 2 + 0.5), { timeout: 5_000 });
    expect(refusals, failed.join('\n')).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  }, LIFETIMES_IN_REAL_TIME);
});

describe('hosts with their own QueryClient', () => {
  it('never reloads playing audio when the host invalidates every query every 2 s (an hour-long call)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 0, refetchOnWindowFocus: true } } });
    const { adapter, counts } = counting(adapterFor(behind));
    const errors = onError();
    render(
      <QueryClientProvider client={client}>
        <div style={{ width: 720 }}><StereoRecordingPlayer callId="hour-long-with-peaks" adapter={adapter} onError={errors} /></div>
      </QueryClientProvider>,
    );
    await waitForState('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    for (let i = 0; i < 8; i++) {
      await sleep(2_000);
      await client.invalidateQueries();
    }
    expect(generation()).toBe(1);
    expect(counts.recording).toBe(1);
    expect(playerRoot().dataset.state).toBe('playing');
    expect(media().currentTime).toBeGreaterThan(12);
    expect(errors).not.toHaveBeenCalled();
  }, LIFETIMES_IN_REAL_TIME);

  it('never takes the previous call\'s URL or peaks for a new call under keepPreviousData', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { placeholderData: keepPreviousData, staleTime: Infinity, retry: 0 } } });
    const adapter = adapterFor(behind);
    const { calls } = await adapter.listCalls({ limit: 20 });
    const short = calls.find((c) => c.recording === 'available' && (c.durationSeconds ?? 0) < 30)!;
    const view = render(
      <QueryClientProvider client={client}>
        <div style={{ width: 720 }}><StereoRecordingPlayer callId="hour-long-with-peaks" adapter={adapter} /></div>
      </QueryClientProvider>,
    );
    await waitForState('paused');
    view.rerender(
      <QueryClientProvider client={client}>
        <div style={{ width: 720 }}><StereoRecordingPlayer callId={short.id} adapter={adapter} /></div>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(Number(screen.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuemax'))).toBeLessThan(60));
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    expect(liveAudio(audios)).toHaveLength(1);
    expect(media().src).toContain('/short.mp3');
  });
});

describe('same-origin storage behind cookies or fetch-only rules', () => {
  it('fetches a cookie-protected same-origin recording with the page\'s cookies, like the media element', async () => {
    document.cookie = 'tt-session=ok; path=/';
    try {
      const errors = onError();
      render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="guarded" adapter={singleRecordingAdapter('/__guarded/cookie.mp3')} onError={errors} /></div>);
      await waitForState('paused');
      await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      document.cookie = 'tt-session=; path=/; max-age=0';
    }
  });

  it('when storage serves the media but refuses plain fetches, the lanes say why and the audio plays on', async () => {
    const errors = onError();
    const { adapter, counts } = counting(singleRecordingAdapter('/__guarded/media-only.mp3'));
    render(<div style={{ width: 720 }}><StereoRecordingPlayer callId="media-only" adapter={adapter} onError={errors} /></div>);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('unavailable'), { timeout: 10_000 });
    expect(screen.getByText('The waveform cannot be drawn for this recording, but it can still be played.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(media().currentTime).toBeGreaterThan(0.5), { timeout: 5_000 });
    expect(playerRoot().dataset.state).toBe('playing');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ name: 'PlayerError', code: 'waveform' }));
    expect(counts.recording).toBeLessThanOrEqual(2);
  });
});

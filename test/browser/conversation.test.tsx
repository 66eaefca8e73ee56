// Conversation overlays, turn navigation, zoom and per-speaker listening in Chromium, on recordings
// whose turns are known: a WAV made here, the demo's MP3 fixtures, and storage without CORS.
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer, type CallsAdapter, type TranscriptTurn } from '../../src';
import '../../src/theme/styles.css';
import {
  captureGains,
  callWithRecording, conversationWav, httpAdapter, wavFile, playerRoot, markAt, render, sameColour, tokenRgba, screen, singleRecordingAdapter, sleep, waitFor, waitForState,
} from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function mount(adapter: CallsAdapter, props: Partial<Parameters<typeof StereoRecordingPlayer>[0]> = {}) {
  const onError = vi.fn();
  render(
    <CallsProvider adapter={adapter}>
      <div style={{ width: 720 }}>
        <StereoRecordingPlayer callId="known-turns" onError={onError} {...props} />
      </div>
    </CallsProvider>,
  );
  return { onError };
}

const SPOKEN = [
  { speaker: 'caller', start: 0, end: 3 },
  { speaker: 'assistant', start: 2.5, end: 6 }, // barges in at 2.5 s
  { speaker: 'caller', start: 10, end: 12 }, // after 4 s of nobody talking
  { speaker: 'assistant', start: 12, end: 14 },
] as const;
const TRANSCRIPT: TranscriptTurn[] = SPOKEN.map((t, i) => ({ speaker: t.speaker, text: `turn ${i + 1}`, startSeconds: t.start, endSeconds: t.end }));

function knownTurnsUrl() {
  const url = URL.createObjectURL(conversationWav(14, [...SPOKEN]));
  return url;
}

describe('conversation overlays', () => {
  it('marks where both talk at once and the long silence, and puts turn markers on each speaker’s lane', async () => {
    const { onError } = mount(singleRecordingAdapter(knownTurnsUrl()), { transcript: TRANSCRIPT });
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    const root = playerRoot();
    const overlap = tokenRgba(root, '--tt-region-overlap');
    const silence = tokenRgba(root, '--tt-region-silence');
    const marker = tokenRgba(root, '--tt-turn-marker');
    // Drawn on one canvas over the lanes, where the analysis found them (the call is 14 s long).
    await waitFor(() => expect(sameColour(markAt(root, 2.75, 14), overlap)).toBe(true));
    expect(screen.getByText(/Both talking \(1\)/)).toBeVisible();
    expect(screen.getByText(/Long silence \(1\)/)).toBeVisible();
    expect(sameColour(markAt(root, 2.2, 14), overlap)).toBe(false);
    expect(sameColour(markAt(root, 3.3, 14), overlap)).toBe(false);
    for (const t of [6.5, 8, 9.5]) expect(sameColour(markAt(root, t, 14), silence)).toBe(true);
    for (const t of [4.5, 10.5]) expect(sameColour(markAt(root, t, 14), silence)).toBe(false);
    // Each turn's start on its speaker's lane only: caller above, assistant below (the turns in the clear:
    // the one at 2.5 s is drawn over the overlap, in a blend of the two).
    for (const turn of TRANSCRIPT.filter((t) => t.startSeconds >= 10)) {
      const own = turn.speaker === 'caller' ? 0 : 1;
      expect(sameColour(markAt(root, turn.startSeconds + 0.02, 14, own), marker)).toBe(true);
      expect(sameColour(markAt(root, turn.startSeconds + 0.02, 14, own === 0 ? 1 : 0), marker)).toBe(false);
    }
    // One element for all of them.
    const shadow = root.querySelector('[data-part="waveform"]')!.firstElementChild!.shadowRoot!;
    expect(shadow.querySelectorAll('canvas[data-marks]')).toHaveLength(1);
    expect(shadow.querySelectorAll('[part~="region"], [part~="marker"]')).toHaveLength(0);
    expect(onError).not.toHaveBeenCalled();
  });

  it('moves between turns with the buttons and the P and N keys', async () => {
    mount(singleRecordingAdapter(knownTurnsUrl()), { transcript: TRANSCRIPT });
    await waitForState('paused');
    const time = () => Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value);
    await userEvent.click(screen.getByRole('button', { name: 'Next turn' }));
    await waitFor(() => expect(time()).toBeCloseTo(2.5, 1));
    expect(screen.getByText('Turn 2 of 4')).toBeVisible();
    screen.getByRole('slider', { name: 'Seek' }).focus();
    await userEvent.keyboard('n');
    await waitFor(() => expect(time()).toBeCloseTo(10, 1));
    expect(screen.getByText('Turn 3 of 4')).toBeVisible();
    await userEvent.keyboard('p');
    await waitFor(() => expect(time()).toBeCloseTo(2.5, 1));
    await userEvent.click(screen.getByRole('button', { name: 'Previous turn' }));
    await waitFor(() => expect(time()).toBe(0));
    expect(screen.getByText('Turn 1 of 4')).toBeVisible();
  });

  it('zooms with the buttons and Ctrl+wheel, and the view follows playback', async () => {
    mount(singleRecordingAdapter(knownTurnsUrl()), { transcript: TRANSCRIPT });
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    const host = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!;
    const scroller = () => (host.firstElementChild?.shadowRoot ?? host.shadowRoot)!.querySelector<HTMLElement>('.scroll')!;
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(await screen.findByRole('group', { name: 'Zoom 2x' })).toBeVisible();
    await waitFor(() => expect(scroller().scrollWidth).toBeGreaterThan(scroller().clientWidth * 1.8));

    const wheel = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true });
    host.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true); // the page itself does not zoom
    expect(await screen.findByRole('group', { name: 'Zoom 4x' })).toBeVisible();
    fireEvent.wheel(host, { deltaY: 100, ctrlKey: false }); // a plain wheel is the page's
    await sleep(100);
    expect(screen.getByRole('group', { name: 'Zoom 4x' })).toBeVisible();

    expect(scroller().scrollLeft).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Next turn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next turn' })); // 10 s
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(scroller().scrollLeft).toBeGreaterThan(scroller().clientWidth));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(await screen.findByRole('group', { name: 'Zoom 1x' })).toBeVisible();
    await waitFor(() => expect(scroller().scrollWidth).toBeLessThanOrEqual(scroller().clientWidth + 1));
  });
});

describe('per-speaker listening', () => {
  it('mutes and solos each speaker through the audio graph while the media keeps playing', async () => {
    const gains = captureGains();
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter);
    const { onError } = mount(adapter, { callId: call.id });
    await waitForState('paused');
    expect(playerRoot().dataset.listening).toBe('available');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    const values = () => gains.map((g) => Math.round(g.gain.value * 100) / 100);

    const soloCaller = screen.getByRole('button', { name: 'Solo caller' });
    await userEvent.click(soloCaller);
    expect(soloCaller).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(values()).toEqual([1, 1, 0, 0])); // caller in both ears, assistant silent
    await userEvent.click(screen.getByRole('button', { name: 'Solo assistant' }));
    expect(soloCaller).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(values()).toEqual([0, 0, 1, 1]));
    await userEvent.click(screen.getByRole('button', { name: 'Solo assistant' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mute caller' }));
    await waitFor(() => expect(values()).toEqual([0, 0, 1, 1]));
    await userEvent.click(screen.getByRole('button', { name: 'Mute caller' }));
    await waitFor(() => expect(values()).toEqual([1, 0, 0, 1])); // both again: the file's stereo image

    expect(playerRoot().dataset.state).toBe('playing');
    const before = Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value);
    await sleep(600);
    expect(Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value)).toBeGreaterThan(before);
    expect(gains).toHaveLength(4); // one graph, built once
    expect(onError).not.toHaveBeenCalled();
  });

  it('says why the switches are off when the storage sends no CORS headers, and still plays', async () => {
    const { onError } = mount(singleRecordingAdapter(inject('noCorsRecordingUrl')));
    await waitForState('paused');
    expect(playerRoot().dataset.listening).toBe('cors-blocked');
    const mute = screen.getByRole('button', { name: 'Mute caller' });
    expect(mute).toHaveAttribute('aria-disabled', 'true');
    expect(mute).toHaveAccessibleDescription(/does not allow this site to read the audio \(it sends no CORS headers\)/);
    fireEvent.click(mute); // focusable and announced, but it does nothing
    expect(mute).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value)).toBeGreaterThan(0.5));
    // The waveform cannot be read either; that is reported, playback is not affected.
    expect(onError.mock.calls.every(([e]) => (e as { code?: string }).code === 'waveform')).toBe(true);
  });

  it('turns the switches off for a mono recording', async () => {
    const tone = new Float32Array(16000).map((_, i) => Math.sin(i / 6) * 0.4);
    const url = URL.createObjectURL(wavFile(8000, [tone]));
    mount(singleRecordingAdapter(url));
    await waitFor(() => expect(playerRoot().dataset.listening).toBe('mono'));
    expect(screen.getByRole('button', { name: 'Solo assistant' })).toHaveAccessibleDescription(/single channel/);
  });
});

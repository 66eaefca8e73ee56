// A finger on the lanes, as on a phone (CDP touch emulation, so `pointer: coarse` and real touch
// events): a horizontal drag seeks where it ends — even one that moves at once, which the browser would
// otherwise take for a pan and cancel — and a vertical swipe scrolls the page rather than seeking.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer } from '../../src';
import '../../src/theme/styles.css';
import { firstCallWith, storyAdapter } from '../../stories/support/adapters';
import { render, sleep, waitFor } from './helpers';

beforeAll(() => commands.emulateTouch(true));
afterAll(() => commands.emulateTouch(false));
afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
});

/** A point of this frame in the page's coordinates (the test runs in a frame of the runner's page). */
function onPage(x: number, y: number) {
  const frame = window.frameElement?.getBoundingClientRect();
  const scale = frame ? frame.width / window.innerWidth : 1;
  return { x: (frame?.left ?? 0) + x * scale, y: (frame?.top ?? 0) + y * scale };
}

async function mountPlayer() {
  const adapter = storyAdapter();
  const callId = await firstCallWith(adapter, 'short');
  render(
    <CallsProvider adapter={adapter}>
      <div style={{ width: 390 }}>
        <StereoRecordingPlayer callId={callId} />
      </div>
      <div style={{ height: 3000 }} />
    </CallsProvider>,
  );
  const root = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-talkturo-player][data-waveform="ready"][data-state="paused"]');
    expect(el).not.toBeNull();
    return el!;
  }, { timeout: 10_000 });
  const slider = root.querySelector<HTMLInputElement>('[data-part="seek"]')!;
  const lanes = root.querySelector<HTMLElement>('[data-part="waveform"]')!.getBoundingClientRect();
  return { root, slider, lanes, duration: Number(slider.max) };
}

describe('touch on the lanes', () => {
  it('is a coarse pointer here, with 44-px targets', async () => {
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    const { root } = await mountPlayer();
    for (const name of ['Play', 'Mute caller', 'Download recording']) {
      const box = root.querySelector(`[aria-label="${name}"]`)!.getBoundingClientRect();
      expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
    }
    expect(root.querySelector('[data-part="seek"]')!.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it('a drag from 10 % to 60 % of the lanes seeks to 60 % (± 2 %)', async () => {
    const { slider, lanes, duration } = await mountPlayer();
    const y = lanes.top + lanes.height * 0.3;
    const points = Array.from({ length: 11 }, (_, i) => onPage(lanes.left + lanes.width * (0.1 + (0.5 * i) / 10), y));
    await commands.touchDrag(points, 30);
    await waitFor(() => expect(Number(slider.value) / duration).toBeCloseTo(0.6, 1));
    expect(Math.abs(Number(slider.value) / duration - 0.6)).toBeLessThanOrEqual(0.02);
  });

  it('a vertical swipe over the lanes scrolls the page and does not seek', async () => {
    const { slider, lanes } = await mountPlayer();
    const x = lanes.left + lanes.width * 0.7;
    const from = lanes.top + lanes.height * 0.8;
    const points = Array.from({ length: 12 }, (_, i) => onPage(x, from - i * 20));
    await commands.touchDrag(points, 30);
    await waitFor(() => expect(window.scrollY).toBeGreaterThan(50));
    await sleep(100);
    expect(Number(slider.value)).toBeLessThan(0.5);
  });
});

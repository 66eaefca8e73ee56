// Themes switched while the lanes are on screen, the ways hosts switch them, with no React render of
// the host: an attribute on <html>, the device's light or dark setting (theme="system", or host tokens
// under a prefers-color-scheme query), a stylesheet added later. The canvases take the new colours
// within 200 ms, and native controls follow through color-scheme.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer, type Theme } from '../../src';
import '../../src/theme/styles.css';
import { firstCallWith, storyAdapter } from '../../stories/support/adapters';
import { countColour, lanePixels, render, waitFor } from './helpers';

afterEach(async () => {
  cleanup();
  document.documentElement.removeAttribute('data-talkturo-theme');
  document.querySelectorAll('style[data-host]').forEach((s) => s.remove());
  await commands.emulateColorScheme(null);
});

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255]; // dark preset's caller
const LIGHT_CALLER: Rgb = [0x1f, 0x24, 0x30]; // light preset's caller

function hostCss(text: string) {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = text;
  document.head.append(style);
}

async function mountPlayer(props: { theme?: Theme; className?: string } = {}) {
  const adapter = storyAdapter();
  const callId = await firstCallWith(adapter, 'short');
  render(
    <CallsProvider adapter={adapter}>
      <div className={props.className} style={{ width: 720 }}>
        <StereoRecordingPlayer callId={callId} {...(props.theme ? { theme: props.theme } : {})} />
      </div>
    </CallsProvider>,
  );
  return waitFor(() => {
    const root = document.querySelector<HTMLElement>('[data-talkturo-player][data-waveform="ready"]');
    expect(root).not.toBeNull();
    return root!;
  }, { timeout: 10_000 });
}

/** How many pixels of the caller's (top) lane are drawn in `colour`. */
function callerPixels(root: HTMLElement, colour: Rgb): number {
  const top = lanePixels(root).filter((lane) => lane.centre < 0.5);
  return top.reduce((sum, lane) => sum + countColour(lane.data, colour, 24), 0);
}

/** Milliseconds until the caller's lane is drawn in `colour` and no longer in `was`; fails past 200 ms. */
async function repaintedWithin(root: HTMLElement, colour: Rgb, was: Rgb, change: () => void | Promise<void>): Promise<number> {
  const start = performance.now();
  await change();
  for (;;) {
    if (callerPixels(root, colour) > 200 && callerPixels(root, was) === 0) return performance.now() - start;
    if (performance.now() - start > 200) throw new Error(`the lanes still show the old colours ${Math.round(performance.now() - start)} ms after the change`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('a theme switched at runtime', () => {
  it('repaints the lanes when the light theme is set on <html>, without the host re-rendering', async () => {
    const root = await mountPlayer();
    expect(callerPixels(root, WHITE)).toBeGreaterThan(200);
    expect(getComputedStyle(root).colorScheme).toBe('dark');
    const ms = await repaintedWithin(root, LIGHT_CALLER, WHITE, () => document.documentElement.setAttribute('data-talkturo-theme', 'light'));
    expect(ms).toBeLessThan(200);
    // Native controls (the speed select, the slider) follow the theme.
    expect(getComputedStyle(root).colorScheme).toBe('light');
    expect(getComputedStyle(root.querySelector('select')!).colorScheme).toBe('light');
    // And back.
    await repaintedWithin(root, WHITE, LIGHT_CALLER, () => document.documentElement.removeAttribute('data-talkturo-theme'));
  });

  it('follows the device with theme="system" when its setting flips', async () => {
    await commands.emulateColorScheme('dark');
    const root = await mountPlayer({ theme: 'system' });
    expect(root.dataset.theme).toBe('dark');
    expect(callerPixels(root, WHITE)).toBeGreaterThan(200);
    await repaintedWithin(root, LIGHT_CALLER, WHITE, () => commands.emulateColorScheme('light'));
    expect(root.dataset.theme).toBe('light');
    await repaintedWithin(root, WHITE, LIGHT_CALLER, () => commands.emulateColorScheme('dark'));
  });

  it('follows host tokens under a prefers-color-scheme query, and a stylesheet added later', async () => {
    await commands.emulateColorScheme('dark');
    hostCss('@media (prefers-color-scheme: light) { .host-themed { --tt-caller-wave: #ff0000; --tt-caller-progress: #ff0000; } }');
    const root = await mountPlayer({ className: 'host-themed' });
    await repaintedWithin(root, [255, 0, 0], WHITE, () => commands.emulateColorScheme('light'));
    await repaintedWithin(root, [0, 0, 255], [255, 0, 0], () => hostCss('.host-themed { --tt-caller-wave: #0000ff !important; --tt-caller-progress: #0000ff !important; }'));
  });

  it('still notices a change where the host turns every transition off', async () => {
    hostCss('*, *::before, *::after { transition: none !important; transition-duration: 0s !important; }');
    const root = await mountPlayer();
    await repaintedWithin(root, LIGHT_CALLER, WHITE, () => document.documentElement.setAttribute('data-talkturo-theme', 'light'));
  });
});

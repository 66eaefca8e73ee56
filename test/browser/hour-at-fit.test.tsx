// The hour-long call at "fit" (several seconds per pixel) shows who spoke when: on each lane, fewer
// than 60 % of the pixel columns have something drawn across 80 % of the lane's height, marks
// included. Drawn min/max, every column was full; with every answer bracket drawn, so were the rest.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer } from '../../src';
import '../../src/theme/styles.css';
import { httpAdapter, lanePixels, playerRoot, render, screen, waitFor } from './helpers';

afterEach(() => cleanup());

/** For each lane (top, bottom): the share of its columns covered over ≥ 80 % of its height, by ink or by a mark. */
function fullColumns(root: HTMLElement): number[] {
  const waveform = root.querySelector<HTMLElement>('[data-part="waveform"]')!;
  const shadow = waveform.firstElementChild?.shadowRoot ?? waveform.shadowRoot!;
  const lanes = lanePixels(root).filter(({ canvas }) => canvas.closest('.canvases'));
  const left = waveform.getBoundingClientRect().left;
  return [lanes.find((l) => l.centre < 0.5)!, lanes.find((l) => l.centre > 0.5)!].map(({ canvas, data }) => {
    const box = canvas.getBoundingClientRect();
    const full = new Uint8Array(Math.round(waveform.getBoundingClientRect().width));
    const scale = canvas.width / box.width;
    for (let x = 0; x < canvas.width; x++) {
      let inked = 0;
      for (let y = 0; y < canvas.height; y++) if (data[(y * canvas.width + x) * 4 + 3]! > 60) inked++;
      if (inked >= canvas.height * 0.8) full[Math.floor((box.left - left + x / scale))] = 1;
    }
    for (const mark of shadow.querySelectorAll<HTMLElement>('[data-kind]')) {
      const r = mark.getBoundingClientRect();
      const covered = Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top));
      if (covered < box.height * 0.8) continue;
      for (let x = Math.floor(r.left - left); x < Math.ceil(Math.max(r.right, r.left + 1) - left); x++) if (x >= 0 && x < full.length) full[x] = 1;
    }
    return full.reduce((sum, v) => sum + v, 0) / full.length;
  });
}

describe('the hour-long call at fit', () => {
  it('shows who spoke when: each lane has fewer than 60 % of its columns full', async () => {
    render(
      <CallsProvider adapter={httpAdapter()}>
        <div style={{ width: 900 }}>
          <StereoRecordingPlayer callId="hour-long-with-peaks" />
        </div>
      </CallsProvider>,
    );
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 20_000 });
    // With the analysis in (answers, silences, overlaps would be marks).
    await screen.findByRole('group', { name: 'Conversation figures' }, { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [caller, assistant] = fullColumns(playerRoot());
    expect(caller).toBeLessThan(0.6);
    expect(assistant).toBeLessThan(0.6);
    // Still something drawn: speech shows as bands, not an empty lane.
    const ink = lanePixels(playerRoot()).filter(({ canvas }) => canvas.closest('.canvases'));
    for (const { data } of ink) {
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 60) drawn++;
      expect(drawn / (data.length / 4)).toBeGreaterThan(0.1);
    }
    // Zoomed in far enough, the lanes are min/max again and the answers are marked.
    for (let i = 0; i < 6; i++) await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(playerRoot().querySelector('[data-part="waveform"]')!.firstElementChild!.shadowRoot!.querySelector('[data-kind^="response"]')).not.toBeNull());
  }, 60_000);
});

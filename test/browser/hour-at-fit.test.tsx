// The hour-long call at "fit" (several seconds per pixel) shows who spoke when: on each lane, fewer
// than 60 % of the pixel columns have something drawn across 80 % of the lane's height, marks
// included. Drawn min/max, every column was full; with every answer bracket drawn, so were the rest.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer } from '../../src';
import '../../src/theme/styles.css';
import { eachTestsAudio, httpAdapter, lanePixels, playerRoot, render, screen, waitFor, waitForState, marksCanvas } from './helpers';

afterEach(() => cleanup());
const audios = eachTestsAudio();

/** For each lane (top, bottom): the share of its columns covered over ≥ 80 % of its height, by ink or by a mark. */
function fullColumns(root: HTMLElement): number[] {
  const waveform = root.querySelector<HTMLElement>('[data-part="waveform"]')!;
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
    // The marks' canvas: a column it covers over most of this lane's height counts as full too.
    const marks = marksCanvas(root);
    if (marks && marks.width) {
      const m = marks.getBoundingClientRect();
      const top = Math.max(0, Math.round(((box.top - m.top) / m.height) * marks.height));
      const rows = Math.round((box.height / m.height) * marks.height);
      const pixels = marks.getContext('2d')!.getImageData(0, top, marks.width, Math.max(1, Math.min(rows, marks.height - top))).data;
      const height = pixels.length / 4 / marks.width;
      for (let x = 0; x < marks.width; x++) {
        let covered = 0;
        for (let y = 0; y < height; y++) if (pixels[(y * marks.width + x) * 4 + 3]! > 60) covered++;
        const at = Math.floor(m.left - left + x * (m.width / marks.width));
        if (covered >= height * 0.8 && at >= 0 && at < full.length) full[at] = 1;
      }
    }
    return full.reduce((sum, v) => sum + v, 0) / full.length;
  });
}

/** The hour-long call with its peaks in a 900 px player, its lanes drawn. */
async function showHour() {
  render(
    <CallsProvider adapter={httpAdapter()}>
      <div style={{ width: 900 }}>
        <StereoRecordingPlayer callId="hour-long-with-peaks" />
      </div>
    </CallsProvider>,
  );
  await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 20_000 });
}

describe('the hour-long call at fit', () => {
  it('shows who spoke when: each lane has fewer than 60 % of its columns full', async () => {
    await showHour();
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
    await waitFor(() => {
      const marks = marksCanvas(playerRoot())!;
      const pixels = marks.getContext('2d')!.getImageData(0, marks.height / 2, marks.width, marks.height / 2).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
      expect(inked).toBeGreaterThan(0); // the answers' brackets, on the assistant's lane
    });
  }, 60_000);

  it('while it plays, restyles the playhead only when it reaches another pixel; zoomed in, at every one', async () => {
    await showHour();
    const host = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!;
    const cursor = (host.firstElementChild?.shadowRoot ?? host.shadowRoot)!.querySelector<HTMLElement>('.cursor')!;
    /** How often the cursor was restyled in `ms`. */
    const watch = async (ms: number) => {
      let restyled = 0;
      const observer = new MutationObserver((records) => (restyled += records.length));
      observer.observe(cursor, { attributes: true, attributeFilter: ['style'] });
      await new Promise((resolve) => setTimeout(resolve, ms));
      observer.disconnect();
      return restyled;
    };
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    const [media] = audios();
    await waitFor(() => expect(media!.currentTime).toBeGreaterThan(0.3));
    // At fit, 900 px for an hour: four seconds a pixel. Two seconds of playing restyle it at most twice
    // (wavesurfer did it some 120 times).
    const atFit = await watch(2000);
    expect(atFit).toBeLessThanOrEqual(2 * 2);
    // Zoomed in, many pixels a second: it follows the playhead pixel by pixel.
    for (let i = 0; i < 6; i++) await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const zoomed = await watch(1000);
    expect(zoomed).toBeGreaterThan(8);
    // Paused, a seek moves it at once.
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitForState('paused');
    const before = cursor.style.left;
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(cursor.style.left).not.toBe(before));
  }, 60_000);
});

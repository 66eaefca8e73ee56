// A range note's ends moved on the notes track: by the handle's keys, by a mouse drag, by a finger in a
// phone-wide container; saved once per move, shown at once, put back with a reason when the save fails.
import { cleanup, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { AdapterError, CallDetailPanel, CallsProvider, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { formatClock } from '../../src/format';
import { callWithRecording, httpAdapter, onPage, playerRoot, render, screen, waitFor, waitForState } from './helpers';

afterEach(() => cleanup());

function panel(adapter: CallsAdapter, callId: string, width = 720, canAnnotate = true) {
  return (
    <div style={{ width }}>
      <CallsProvider adapter={adapter}>
        <CallDetailPanel callId={callId} canAnnotate={canAnnotate} annotationLabels={[{ id: 'slow', name: 'Slow answer' }]} />
      </CallsProvider>
    </div>
  );
}

/** The demo adapter, with its saves counted. */
function countedAdapter() {
  const base = httpAdapter();
  return { ...base, updateAnnotation: vi.fn(base.updateAnnotation!) } satisfies CallsAdapter;
}

/** Once the lanes are drawn and the tracks around them in (lazy, they move what is below): a drag aims where the handle stays. */
async function settledRect(element: HTMLElement): Promise<DOMRect> {
  await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
  // The handle's place, the track's width and the duration the handles scale by all have to hold still.
  const read = () => {
    const rect = element.getBoundingClientRect();
    const list = element.closest('[role="list"]')?.getBoundingClientRect() ?? element.parentElement!.getBoundingClientRect();
    return { rect, key: [rect.top, rect.left, list.left, list.width, element.getAttribute('aria-valuemax')].join() };
  };
  let last = read();
  await waitFor(async () => {
    await new Promise((r) => setTimeout(r, 150));
    const now = read();
    const still = now.key === last.key;
    last = now;
    expect(still).toBe(true);
  });
  return last.rect;
}

const track = () => screen.findByRole('list', { name: 'Notes on the timeline' });

describe('moving a note on the track', () => {
  it('by keys: the handles show while the note has focus; one save per adjustment; back after a reload', async () => {
    const adapter = countedAdapter();
    const call = await callWithRecording(adapter, 'short', 14);
    await adapter.createAnnotation!(call.id, { start: 2, end: 4, labelId: 'slow', text: 'Long pause' });
    render(panel(adapter, call.id));
    await waitForState('paused');
    const mark = await within(await track()).findByRole('button', { name: 'Slow answer by Demo reviewer at 0:02 to 0:04' });
    expect(screen.queryByRole('slider', { name: /^End of/ })).toBeNull();
    mark.focus();
    const end = await screen.findByRole('slider', { name: 'End of Slow answer by Demo reviewer at 0:02 to 0:04' });
    expect(end).toHaveAttribute('aria-valuetext', '0:04.0');
    await userEvent.tab();
    await userEvent.tab();
    expect(end).toHaveFocus();
    const before = document.querySelector<HTMLInputElement>('[data-part="seek"] input, input[aria-label="Seek"]')?.value;
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    // The keys moved the note, not the playhead.
    expect(document.querySelector<HTMLInputElement>('input[aria-label="Seek"]')?.value).toBe(before);
    expect(screen.getByRole('slider', { name: /^End of Slow answer/ })).toHaveAttribute('aria-valuetext', '0:05.5');
    await waitFor(() => expect(adapter.updateAnnotation).toHaveBeenCalledTimes(1));
    await waitFor(async () => expect((await adapter.listAnnotations!(call.id))[0]).toMatchObject({ start: 2, text: 'Long pause', labelId: 'slow' }));
    expect((await adapter.listAnnotations!(call.id))[0]!.end).toBeCloseTo(5.5, 5);
    // The Notes tab says the same.
    await userEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    expect(await screen.findByRole('group', { name: 'Slow answer by Demo reviewer at 0:02 to 0:05' })).toBeInTheDocument();
    const results = await axe.run(document.querySelector('[data-talkturo-panel]')!);
    expect(results.violations.map((v) => v.id)).toEqual([]);

    cleanup();
    render(panel(httpAdapter(), call.id));
    expect(await within(await track()).findByRole('button', { name: 'Slow answer by Demo reviewer at 0:02 to 0:05' })).toBeInTheDocument();
  });

  it('by a mouse drag of its start handle', async () => {
    const adapter = countedAdapter();
    const call = await callWithRecording(adapter, 'short', 15);
    // Other test files may leave notes on the same seeded call: this one is told apart by its id.
    const dragged = await adapter.createAnnotation!(call.id, { start: 4, end: 8, text: 'Drag me' });
    render(panel(adapter, call.id));
    await waitForState('paused');
    const list = await track();
    const mark = await within(list).findByRole('button', { name: /at 0:04 to 0:08$/ });
    mark.focus();
    const start = await screen.findByRole('slider', { name: /^Start of/ });
    const duration = Number(start.getAttribute('aria-valuemax')) > 0 ? Number(screen.getByRole('slider', { name: /^End of/ }).getAttribute('aria-valuemax')) : 0;
    expect(duration).toBeGreaterThan(8);
    // Measured once the page stops moving (the lanes and figures arrive later on a busy machine).
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 15_000 });
    const handle = await settledRect(start);
    const box = list.getBoundingClientRect();
    const y = handle.top + handle.height / 2;
    const targetX = box.left + (box.width * 2) / duration;
    const steps = Array.from({ length: 6 }, (_, i) => onPage(handle.left + handle.width / 2 + ((targetX - handle.left - handle.width / 2) * i) / 5, y));
    await commands.mouseDrag(steps);
    await waitFor(() => expect(adapter.updateAnnotation).toHaveBeenCalledTimes(1));
    const saved = (await adapter.listAnnotations!(call.id)).find((note) => note.id === dragged.id);
    // Within two pixels' worth of time of where it was let go.
    expect(Math.abs(saved!.start - 2)).toBeLessThan((2 * duration) / box.width + 0.01);
    expect(saved!.end).toBe(8);
    expect(await within(list).findByRole('button', { name: new RegExp(`at ${formatClock(saved!.start)} to 0:08$`) })).toBeInTheDocument();
  });

  it('by a finger, 390 px wide: the handles are 44 px targets', async () => {
    await commands.emulateTouch(true);
    try {
      const adapter = countedAdapter();
      const call = await callWithRecording(adapter, 'short', 16);
      const touched = await adapter.createAnnotation!(call.id, { start: 3, end: 6, text: 'By touch' });
      render(panel(adapter, call.id, 390));
      await waitForState('paused');
      const list = await track();
      (await within(list).findByRole('button', { name: /at 0:03 to 0:06$/ })).focus();
      const end = await screen.findByRole('slider', { name: /^End of/ });
      const handle = await settledRect(end);
      expect(handle.width).toBeGreaterThanOrEqual(44);
      expect(handle.height).toBeGreaterThanOrEqual(44);
      const box = list.getBoundingClientRect();
      const duration = Number(end.getAttribute('aria-valuemax'));
      const from = handle.left + handle.width / 2;
      const to = box.left + (box.width * 9) / duration;
      const y = handle.top + handle.height / 2;
      await commands.touchDrag(Array.from({ length: 8 }, (_, i) => onPage(from + ((to - from) * i) / 7, y)), 30);
      await waitFor(() => expect(adapter.updateAnnotation).toHaveBeenCalledTimes(1));
      const saved = (await adapter.listAnnotations!(call.id)).find((note) => note.id === touched.id);
      expect(saved!.start).toBe(3);
      expect(Math.abs(saved!.end! - 9)).toBeLessThan((3 * duration) / box.width + 0.01);
    } finally {
      await commands.emulateTouch(false);
    }
  });

  it('a save that fails puts the note back and says why; read-only viewers get no handles', async () => {
    const base = httpAdapter();
    const call = await callWithRecording(base, 'short', 17);
    await base.createAnnotation!(call.id, { start: 2, end: 4, labelId: 'slow' });
    const failing: CallsAdapter = { ...base, updateAnnotation: () => Promise.reject(new AdapterError('server', 'The server answered 500.')) };
    render(panel(failing, call.id));
    await waitForState('paused');
    const list = await track();
    const name = 'Slow answer by Demo reviewer at 0:02 to 0:04';
    (await within(list).findByRole('button', { name })).focus();
    await userEvent.tab();
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The note was not moved: The server answered 500.');
    expect(await within(list).findByRole('button', { name })).toBeInTheDocument();

    cleanup();
    render(panel(base, call.id, 720, false));
    (await within(await track()).findByRole('button', { name })).focus();
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('slider', { name: /^Start of/ })).toBeNull();
  });
});

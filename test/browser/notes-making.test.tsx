// Making notes from the player, against the demo backend: a range by Shift+drag on the lanes, ranges and
// moments by I, O and C, and the saved notes back where they were made after the page comes back.
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, type CallsAdapter } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, onPage, playerRoot, render, screen, slider, waitFor, waitForState } from './helpers';

afterEach(() => cleanup());

async function mount(adapter: CallsAdapter, callId: string, width = 720) {
  render(
    <div style={{ width }}>
      <CallsProvider adapter={adapter}>
        <CallDetailPanel callId={callId} annotationLabels={[{ id: 'wrong', name: 'Wrong transfer' }]} />
      </CallsProvider>
    </div>,
  );
  await waitForState('paused');
  await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
  const lanes = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!.getBoundingClientRect();
  return { lanes, duration: Number(slider().max) };
}

const seekTo = (seconds: number) => fireEvent.change(slider(), { target: { value: String(seconds) } });

describe('making notes from the player', () => {
  it('Shift+drag on the lanes opens the editor on that range without seeking; saved, it is back after a reload', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 7);
    const { lanes, duration } = await mount(adapter, call.id);
    const y = lanes.top + lanes.height * 0.3;
    const points = Array.from({ length: 8 }, (_, i) => onPage(lanes.left + lanes.width * (0.2 + (0.3 * i) / 7), y));
    await commands.mouseDrag(points, true);
    const text = await screen.findByRole('textbox', { name: 'Note' });
    expect(screen.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
    expect(Number(slider().value)).toBeLessThan(0.5); // the drag made a range, not a seek
    await userEvent.type(text, 'Transferred before the caller finished.{Enter}');
    await waitFor(async () => expect(await adapter.listAnnotations!(call.id)).toHaveLength(1));
    const [note] = await adapter.listAnnotations!(call.id);
    expect(Math.abs(note!.start - duration * 0.2)).toBeLessThan(duration * 0.02);
    expect(Math.abs(note!.end! - duration * 0.5)).toBeLessThan(duration * 0.02);
    cleanup();
    await mount(httpAdapter(), call.id);
    const mark = await screen.findByRole('button', { name: /^No label by Demo reviewer at 0:0\d to 0:\d\d$/ });
    const box = mark.getBoundingClientRect();
    expect(Math.abs(box.left - (lanes.left + lanes.width * 0.2))).toBeLessThan(lanes.width * 0.02);
    expect(Math.abs(box.right - (lanes.left + lanes.width * 0.5))).toBeLessThan(lanes.width * 0.02);
  });

  it('I and O mark a range and C writes it; C alone writes a moment at the playhead; the help list names the keys', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 8);
    await mount(adapter, call.id);
    screen.getByRole('button', { name: 'Play' }).focus();
    seekTo(3);
    await userEvent.keyboard('i');
    seekTo(7);
    await userEvent.keyboard('o');
    expect(await screen.findByText('Note marked: 0:03–0:07. C writes it.')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Play' }).focus();
    await userEvent.keyboard('c');
    expect(await screen.findByRole('form', { name: 'Note 0:03 to 0:07' })).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Slow lookup{Enter}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull());
    screen.getByRole('button', { name: 'Play' }).focus();
    seekTo(9);
    await userEvent.keyboard('c');
    expect(await screen.findByRole('form', { name: 'Note 0:09' })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await waitFor(async () => expect((await adapter.listAnnotations!(call.id)).map((n) => [n.start, n.end])).toEqual([[3, 7], [9, undefined]]));
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByText('Mark where a note starts and ends, then write it (also Shift + drag on the lanes)')).toBeVisible();
  });

  it('a viewer who may not annotate: I, O and C do nothing', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 9);
    render(<div style={{ width: 720 }}><CallsProvider adapter={adapter}><CallDetailPanel callId={call.id} canAnnotate={false} /></CallsProvider></div>);
    await waitForState('paused');
    screen.getByRole('button', { name: 'Play' }).focus();
    await userEvent.keyboard('ioc');
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Transcript' })).toHaveAttribute('aria-selected', 'true');
  });
});

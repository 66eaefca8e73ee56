// A note made by touch in a phone-wide (390 px) container: a held finger, then a drag, marks a range;
// the same drag without the hold still seeks, and the editor's controls are finger-sized.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, httpAdapter, onPage, playerRoot, render, screen, slider, waitFor, waitForState } from './helpers';

beforeAll(() => commands.emulateTouch(true));
afterAll(() => commands.emulateTouch(false));
afterEach(() => cleanup());

describe('a note by touch, 390 px wide', () => {
  it('hold, then drag: the editor opens on that range, nothing seeks; the buttons are at least 44 px', async () => {
    const adapter = httpAdapter();
    const call = await callWithRecording(adapter, 'short', 10);
    render(<div style={{ width: 390 }}><CallsProvider adapter={adapter}><CallDetailPanel callId={call.id} /></CallsProvider></div>);
    await waitForState('paused');
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 10_000 });
    const lanes = playerRoot().querySelector<HTMLElement>('[data-part="waveform"]')!.getBoundingClientRect();
    const duration = Number(slider().max);
    const y = lanes.top + lanes.height * 0.3;
    const points = Array.from({ length: 8 }, (_, i) => onPage(lanes.left + lanes.width * (0.3 + (0.3 * i) / 7), y));
    await commands.touchDrag([points[0]!, ...points], 30, 700);
    const text = await screen.findByRole('textbox', { name: 'Note' });
    expect(Number(slider().value)).toBeLessThan(0.5);
    for (const name of ['Save note', 'Cancel']) {
      const box = screen.getByRole('button', { name }).getBoundingClientRect();
      expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
    }
    await userEvent.type(text, 'Talked over the caller{Enter}');
    await waitFor(async () => expect(await adapter.listAnnotations!(call.id)).toHaveLength(1));
    const [note] = await adapter.listAnnotations!(call.id);
    expect(Math.abs(note!.start - duration * 0.3)).toBeLessThan(duration * 0.03);
    expect(Math.abs(note!.end! - duration * 0.6)).toBeLessThan(duration * 0.03);
    // Without the hold, the same drag seeks (where exactly is touch.test's concern) and makes no note.
    await commands.touchDrag(points, 30);
    await waitFor(() => expect(Number(slider().value) / duration).toBeGreaterThan(0.5));
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
  });
});

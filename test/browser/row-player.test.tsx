// A call played from its row of the log (`rowPlayer={CallRowPlayer}`), in real Chromium with the demo
// recordings: built from the player's parts, one call at a time, its position along the row, by pointer
// and by keyboard, through scrolling, and carried on in the panel when the call is opened.
import { StrictMode } from 'react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallLogs, CallLogTable, CallRowPlayer, CallsProvider, createMemoryAdapter, type CallSummary } from '../../src';
import '../../src/theme/styles.css';
import { eachTestsAudio, FIXTURE_URLS, render, screen, sleep, waitFor } from './helpers';

const audios = eachTestsAudio();
const NOW = Date.UTC(2026, 10, 20, 15);
const adapter = () => createMemoryAdapter({ recordingUrls: FIXTURE_URLS, calls: 400, now: NOW });
const grid = () => screen.getByRole('grid', { name: 'Call log' });
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-part="body"] [data-call-id="${id}"]`);
const playing = () => audios().filter((a) => !a.paused);
const playButtons = () => screen.queryAllByRole('button', { name: /^Play the call of/ });

/** The first rows drawn that have a recording. */
async function recordedRows(count: number) {
  await waitFor(() => expect(playButtons().length).toBeGreaterThanOrEqual(count));
  return playButtons().slice(0, count).map((button) => button.closest<HTMLElement>('[role="row"]')!);
}

describe('a call played from its row', () => {
  it('is off unless the host asks for it', async () => {
    render(<CallsProvider adapter={adapter()}><CallLogTable /></CallsProvider>);
    await waitFor(() => expect(document.querySelectorAll('[data-part="body"] [role="row"]').length).toBeGreaterThan(5));
    expect(playButtons()).toHaveLength(0);
    expect(screen.queryByRole('columnheader', { name: 'Listen' })).toBeNull();
  });

  it('plays one call at a time from a button on its row, shows its position along the row and opens nothing', async () => {
    const onSelect = vi.fn();
    const onError = vi.fn();
    render(<StrictMode><CallsProvider adapter={adapter()}><div style={{ width: 900 }}><CallLogTable rowPlayer={CallRowPlayer} onSelectedCallIdChange={onSelect} onError={onError} /></div></CallsProvider></StrictMode>);
    const [first, second] = await recordedRows(2);
    expect(screen.getByRole('columnheader', { name: 'Listen' })).toBeInTheDocument();
    // Rows without a recording have no button.
    const rows = [...document.querySelectorAll<HTMLElement>('[data-part="body"] [role="row"]')];
    expect(rows.some((r) => !r.querySelector('button'))).toBe(true);

    const firstId = first!.dataset.callId!;
    await userEvent.click(first!.querySelector('button')!);
    await waitFor(() => expect(first!.querySelector('button[aria-label^="Pause the call of"]')).not.toBeNull(), { timeout: 15_000 });
    expect(rowOf(firstId)).toHaveAttribute('data-playing');
    await waitFor(() => expect(playing()).toHaveLength(1), { timeout: 10_000 });
    await waitFor(() => expect(playing()[0]!.currentTime).toBeGreaterThan(0.5), { timeout: 10_000 });
    const bar = screen.getByRole('progressbar', { name: 'Seek' });
    expect(first!.contains(bar)).toBe(true);
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0.4));
    expect(Number(getComputedStyle(bar).getPropertyValue('--tt-row-progress'))).toBeGreaterThan(0);
    // Pressing Play is not opening the call; the grid keeps the focus and the row is the active one.
    expect(onSelect).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(grid());
    expect(grid().getAttribute('aria-activedescendant')).toBe(first!.id);

    // Another row: the first stops, the second plays.
    const firstMedia = playing()[0]!;
    await userEvent.click(second!.querySelector('button')!);
    await waitFor(() => expect(second!.querySelector('button[aria-label^="Pause the call of"]')).not.toBeNull(), { timeout: 15_000 });
    await waitFor(() => expect(playing()).toHaveLength(1), { timeout: 10_000 });
    expect(playing()[0]).not.toBe(firstMedia);
    expect(first!.querySelector('button[aria-label^="Play the call of"]')).not.toBeNull();
    expect(rowOf(firstId)).not.toHaveAttribute('data-playing');

    // Its own button pauses it.
    await userEvent.click(second!.querySelector('button')!);
    await waitFor(() => expect(playing()).toHaveLength(0));
    expect(second!.querySelector('button[aria-label^="Play the call of"]')).not.toBeNull();
    expect(onError).not.toHaveBeenCalled();
    expect((await axe.run(document.querySelector('[data-talkturo-log]')!)).violations).toEqual([]);
  });

  it('plays and pauses the active row with Space, and Enter hands its position to the host', async () => {
    const opened: { id: string | null; playback: unknown }[] = [];
    render(
      <CallsProvider adapter={adapter()}>
        <CallLogTable rowPlayer={CallRowPlayer} onSelectedCallIdChange={(id, _call, playback) => opened.push({ id, playback })} />
      </CallsProvider>,
    );
    const [row] = await recordedRows(1);
    const index = Number(row!.getAttribute('aria-rowindex')) - 2;
    grid().focus();
    for (let i = 0; i < index; i += 1) await userEvent.keyboard('{ArrowDown}');
    const id = document.getElementById(grid().getAttribute('aria-activedescendant')!)!.dataset.callId!;
    await userEvent.keyboard(' ');
    await waitFor(() => expect(playing()).toHaveLength(1), { timeout: 15_000 });
    await waitFor(() => expect(playing()[0]!.currentTime).toBeGreaterThan(0.6), { timeout: 10_000 });
    await userEvent.keyboard(' ');
    await waitFor(() => expect(playing()).toHaveLength(0));
    const pausedAt = audios()[0]!.currentTime;
    await userEvent.keyboard(' ');
    await waitFor(() => expect(playing()).toHaveLength(1));
    expect(opened).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.id).toBe(id);
    const playback = opened[0]!.playback as { time: number; playing: boolean };
    expect(playback.playing).toBe(true);
    expect(playback.time).toBeGreaterThanOrEqual(pausedAt);
    // Handed on: the row pauses.
    await waitFor(() => expect(playing()).toHaveLength(0));
  });

  it('plays on while its row scrolls out of view, and its button comes back with the row', async () => {
    render(<CallsProvider adapter={adapter()}><CallLogTable rowPlayer={CallRowPlayer} /></CallsProvider>);
    const [row] = await recordedRows(1);
    const id = row!.dataset.callId!;
    await userEvent.click(row!.querySelector('button')!);
    await waitFor(() => expect(playing()).toHaveLength(1), { timeout: 15_000 });
    grid().scrollTop = grid().scrollHeight / 2;
    await waitFor(() => expect(rowOf(id)).toBeNull());
    await sleep(600);
    expect(playing()).toHaveLength(1);
    const at = playing()[0]!.currentTime;
    grid().scrollTop = 0;
    await waitFor(() => expect(rowOf(id)?.querySelector('button[aria-label^="Pause the call of"]')).toBeTruthy());
    expect(playing()[0]!.currentTime).toBeGreaterThanOrEqual(at);
    expect(rowOf(id)!.querySelector('[role="progressbar"]')).not.toBeNull();
  });

  it('shows why a recording would not load under the grid, with Retry, and reports it; the log stays usable', async () => {
    const onError = vi.fn();
    // No URLs for the demo recordings: asking for one fails.
    render(<CallsProvider adapter={createMemoryAdapter({ calls: 400, now: NOW })}><CallLogTable rowPlayer={CallRowPlayer} onError={onError} /></CallsProvider>);
    const [row] = await recordedRows(1);
    await userEvent.click(row!.querySelector('button')!);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.closest('[data-part="grid"]')).toBeNull();
    expect(alert).toHaveTextContent(/.+/);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(Error);
    expect(playing()).toHaveLength(0);
    grid().focus();
    await userEvent.keyboard('{End}');
    expect(grid().getAttribute('aria-activedescendant')).toMatch(/row-\d+$/);
    expect((await axe.run(document.querySelector('[data-talkturo-log]')!)).violations).toEqual([]);
  });

  it('in CallLogs, opening the playing call carries on in the panel, and the row and the panel take turns', async () => {
    const calls: CallSummary[] = [];
    render(
      <CallsProvider adapter={adapter()}>
        <div style={{ width: 1280 }}>
          <CallLogs tableProps={{ rowPlayer: CallRowPlayer, onSelectedCallIdChange: (_id, call) => void (call && calls.push(call)) }} />
        </div>
      </CallsProvider>,
    );
    const [row] = await recordedRows(1);
    await userEvent.click(row!.querySelector('button')!);
    await waitFor(() => expect(playing()).toHaveLength(1), { timeout: 15_000 });
    const rowMedia = playing()[0]!;
    await waitFor(() => expect(rowMedia.currentTime).toBeGreaterThan(1.5), { timeout: 10_000 });
    // Open the call: the panel's player starts where the row was, and plays; the row pauses.
    await userEvent.click(row!.querySelector('[data-column="startedAt"]')!);
    const handedAt = rowMedia.currentTime;
    await waitFor(() => expect(document.querySelector('[data-talkturo-panel] [data-talkturo-player]')).not.toBeNull(), { timeout: 15_000 });
    await waitFor(() => expect(playing()).toHaveLength(1), { timeout: 15_000 });
    const panelMedia = playing()[0]!;
    expect(panelMedia).not.toBe(rowMedia);
    expect(rowMedia.paused).toBe(true);
    expect(panelMedia.currentTime).toBeGreaterThanOrEqual(handedAt - 0.3);
    expect(calls.at(-1)?.id).toBe(row!.dataset.callId);
    // The row's Play again: the panel pauses.
    await userEvent.click(row!.querySelector('button')!);
    await waitFor(() => expect(rowMedia.paused).toBe(false));
    await waitFor(() => expect(panelMedia.paused).toBe(true));
  });
});

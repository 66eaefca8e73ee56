// A 10,000-turn transcript in Chromium: only what is in view is drawn, yet every turn and every match
// stays reachable — by scrolling, search, following playback, the keyboard and a screen reader's count.
import { cleanup, fireEvent } from '@testing-library/react';
import axe from 'axe-core';
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDetailPanel, CallsProvider, createMemoryAdapter, type CallsAdapter, type TranscriptTurn } from '../../src';
import '../../src/theme/styles.css';
import { render, screen, sleep, waitFor, FIXTURE_URLS } from './helpers';

afterEach(() => cleanup());

const TURNS = 10_000;
const NOW = Date.UTC(2026, 10, 20, 15);

/** Turns spread over `seconds`; every 1,000th says "zebra" (10 matches in all). */
function manyTurns(seconds: number): TranscriptTurn[] {
  return Array.from({ length: TURNS }, (_, i) => ({
    speaker: i % 2 ? 'assistant' : 'caller',
    text: i % 1000 === 500 ? `Turn ${i}: a zebra crossed the line.` : `Turn ${i}: ${'some words to wrap the line '.repeat(1 + (i % 4))}`,
    startSeconds: (i * seconds) / TURNS,
    endSeconds: ((i + 1) * seconds) / TURNS,
  }));
}

async function longCall(adapter: CallsAdapter, minSeconds: number) {
  const { calls } = await adapter.listCalls({ limit: 100 });
  const call = calls.find((c) => c.recording === 'available' && (c.durationSeconds ?? 0) > minSeconds);
  if (!call) throw new Error('no seeded call with a long recording');
  return call;
}

function withTurns(adapter: CallsAdapter, turns: TranscriptTurn[]): CallsAdapter {
  return { ...adapter, key: `long transcript ${turns.length}`, getCall: async (id, init) => ({ ...(await adapter.getCall(id, init)), transcript: turns }) };
}

const list = () => screen.getByRole('list', { name: 'Transcript' });
const drawn = () => [...list().querySelectorAll<HTMLLIElement>(':scope > li')];
const inListView = (element: Element) => {
  const box = list().getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
};

async function mount(minSeconds = 100, box: CSSProperties = {}) {
  const base = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 60, now: NOW });
  const call = await longCall(base, minSeconds);
  const turns = manyTurns(call.durationSeconds!);
  render(<CallsProvider adapter={withTurns(base, turns)}><div data-testid="box" style={{ width: 720, ...box }}><CallDetailPanel callId={call.id} /></div></CallsProvider>);
  await screen.findByRole('list', { name: 'Transcript', hidden: true });
  return { call, turns };
}

describe('a 10,000-turn transcript', () => {
  it('draws only the turns in view, tells screen readers the whole count, and reaches the last turn by scrolling', async () => {
    await mount();
    expect(drawn().length).toBeGreaterThan(3);
    expect(drawn().length).toBeLessThan(80);
    expect(drawn()[0]).toHaveAttribute('aria-setsize', String(TURNS));
    expect(drawn()[0]).toHaveAttribute('aria-posinset', '1');
    list().scrollTop = list().scrollHeight;
    await waitFor(() => expect(drawn().at(-1)).toHaveAttribute('aria-posinset', String(TURNS)));
    // Measuring settles: the last turn ends up in view at the bottom.
    await waitFor(() => {
      list().scrollTop = list().scrollHeight;
      expect(inListView(drawn().at(-1)!)).toBe(true);
    });
    expect(drawn().length).toBeLessThan(80);
  });

  it('counts every match and steps to each one, however far', async () => {
    await mount();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search transcript' }), 'zebra');
    expect(await screen.findByText('10 matches')).toBeVisible();
    for (let k = 0; k < 10; k++) {
      await userEvent.click(screen.getByRole('button', { name: 'Next match' }));
      expect(screen.getByText(`${k + 1} of 10 matches`)).toBeVisible();
      await waitFor(() => {
        const current = list().querySelector('mark[data-current]');
        expect(current?.closest('li')).toHaveAttribute('aria-posinset', String(k * 1000 + 501));
        expect(inListView(current!)).toBe(true);
      });
    }
    // Enter and Shift+Enter in the field step too, wrapping around.
    screen.getByRole('searchbox', { name: 'Search transcript' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('1 of 10 matches')).toBeVisible();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('10 of 10 matches')).toBeVisible();
  });

  it('follows playback to a turn thousands of rows down', async () => {
    const { call, turns } = await mount();
    await waitFor(() => expect(document.querySelector('[data-talkturo-player]')).toHaveAttribute('data-state', 'paused'), { timeout: 10_000 });
    const target = call.durationSeconds! * 0.8;
    fireEvent.change(screen.getByRole('slider', { name: 'Seek' }), { target: { value: String(target) } });
    const expected = turns.findIndex((t) => t.startSeconds <= target && target < t.endSeconds!);
    await waitFor(() => {
      const active = list().querySelector('li[data-active]');
      expect(active).toHaveAttribute('aria-posinset', String(expected + 1));
      expect(inListView(active!)).toBe(true);
    });
  });

  it('moves between turns with ↑, ↓, Home and End, keeping focus on a turn', async () => {
    await mount();
    const first = drawn()[0]!.querySelector<HTMLElement>('[role="button"]')!;
    first.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', String(TURNS)));
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', String(TURNS - 1)));
    expect(inListView(document.activeElement!)).toBe(true);
    // Scrolled far from the focused turn, it stays drawn, so focus is never lost to the page.
    list().scrollTop = 0;
    await waitFor(() => expect(drawn()[0]).toHaveAttribute('aria-posinset', '1'));
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', String(TURNS - 1));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '1'));
  });

  it('with no height of its own, is scrolled by the page and still draws only what is in view', async () => {
    await mount(100, { ['--tt-transcript-height' as string]: 'none' });
    await waitFor(() => expect(drawn().length).toBeGreaterThan(3));
    expect(drawn().length).toBeLessThan(80);
    expect(list().scrollHeight).toBeLessThanOrEqual(list().clientHeight + 1); // the list does not scroll
    const bottom = () => list().getBoundingClientRect().bottom + window.scrollY - window.innerHeight;
    await waitFor(() => {
      window.scrollTo(0, bottom());
      const last = drawn().at(-1)!;
      expect(last).toHaveAttribute('aria-posinset', String(TURNS));
      expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    });
    expect(drawn().length).toBeLessThan(80);
    // Halfway down the page, the turns drawn are the ones around the middle.
    window.scrollTo(0, bottom() / 2);
    await waitFor(() => {
      const middle = document.elementFromPoint(360, window.innerHeight / 2)?.closest('li');
      const at = Number(middle?.getAttribute('aria-posinset'));
      expect(at).toBeGreaterThan(TURNS * 0.3);
      expect(at).toBeLessThan(TURNS * 0.7);
    });
    window.scrollTo(0, 0);
  });

  it('inside a drawer that scrolls, is scrolled by the drawer and keeps focus on the turn the keys move to', async () => {
    await mount(100, { ['--tt-transcript-height' as string]: 'none', height: 500, overflowY: 'auto' });
    const drawer = screen.getByTestId('box');
    await waitFor(() => expect(drawn().length).toBeGreaterThan(3));
    expect(drawn().length).toBeLessThan(80);
    drawer.scrollTop = drawer.scrollHeight;
    await waitFor(() => expect(drawn().at(-1)).toHaveAttribute('aria-posinset', String(TURNS)));
    drawer.scrollTop = 0;
    await waitFor(() => expect(drawn()[0]).toHaveAttribute('aria-posinset', '1'));
    drawn()[0]!.querySelector<HTMLElement>('[role="button"]')!.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => {
      expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', String(TURNS));
      const box = drawer.getBoundingClientRect();
      const rect = document.activeElement!.getBoundingClientRect();
      expect(rect.top).toBeGreaterThanOrEqual(box.top - 1);
      expect(rect.bottom).toBeLessThanOrEqual(box.bottom + 1);
    });
    expect(drawn().length).toBeLessThan(80);
  });

  it('drawn while hidden (a drawer not yet open), opens at its first turn', async () => {
    await mount(100, { display: 'none' });
    await sleep(300); // measured while nothing is laid out
    screen.getByTestId('box').style.display = '';
    await waitFor(() => {
      expect(drawn()[0]).toHaveAttribute('aria-posinset', '1');
      expect(drawn()[0]!.getBoundingClientRect().top - list().getBoundingClientRect().top).toBeCloseTo(0, 0);
    });
    expect(list().scrollTop).toBe(0);
    expect(drawn().length).toBeLessThan(80);
  });

  it('has no axe-core violations', async () => {
    await mount();
    const results = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

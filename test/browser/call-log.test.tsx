// The call log in Chromium: virtualization at 100,000 rows, keyboard, filtering and paging against
// the memory adapter and the demo backend.
import { QueryClient } from '@tanstack/react-query';
import { cleanup } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import {
  CallLogTable, CallsProvider, callListOptions, createHttpAdapter, createMemoryAdapter, DEFAULT_SORT, EMPTY_FILTERS, filtersToQuery,
  type CallsAdapter, type CallSummary,
} from '../../src';
import '../../src/theme/styles.css';
import { render, screen, sleep, waitFor, FIXTURE_URLS } from './helpers';

afterEach(() => cleanup());

const NOW = Date.UTC(2026, 10, 20, 15);
const bodyRows = () => [...document.querySelectorAll<HTMLElement>('[data-part="body"] [role="row"]')];
const grid = () => screen.getByRole('grid', { name: 'Call log' });
const activeRow = () => document.getElementById(grid().getAttribute('aria-activedescendant') ?? '');
const summary = () => document.querySelector('[data-part="summary"]')!.textContent;

/** A client whose cache already holds every call as loaded pages, as after scrolling through them all. */
async function preloaded(adapter: CallsAdapter, count: number) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const query = filtersToQuery(EMPTY_FILTERS, DEFAULT_SORT, Date.now(), 100);
  const calls: CallSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listCalls({ ...query, limit: 500, ...(cursor ? { cursor } : {}) });
    calls.push(...page.calls);
    cursor = page.nextCursor;
  } while (cursor);
  expect(calls).toHaveLength(count);
  client.setQueryData(callListOptions(adapter, query).queryKey, { pages: [{ calls, nextCursor: null, total: count }], pageParams: [null] });
  return client;
}

describe('CallLogTable', () => {
  it('keeps the DOM to the visible rows while scrolling 100,000 of them', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 100_000, now: NOW });
    const client = await preloaded(adapter, 100_000);
    render(<CallsProvider adapter={adapter} queryClient={client}><CallLogTable /></CallsProvider>);
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(5));
    expect(summary()).toBe('100,000 calls');
    expect(grid()).toHaveAttribute('aria-rowcount', '100001');
    const seen = new Set<number>();
    for (const fraction of [0, 0.1, 0.37, 0.5, 0.82, 1]) {
      grid().scrollTop = fraction * (grid().scrollHeight - grid().clientHeight);
      await sleep(80);
      const rows = bodyRows();
      seen.add(rows.length);
      expect(rows.length).toBeLessThanOrEqual(30);
      expect(rows.length).toBeGreaterThan(5);
    }
    const indexes = bodyRows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.max(...indexes)).toBe(100_001);
  });

  it('is one tab stop for its rows (then the sort buttons), moves with the arrow keys and selects with Enter', async () => {
    const onSelectCall = vi.fn();
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 300, now: NOW });
    render(
      <>
        <CallsProvider adapter={adapter}><CallLogTable onSelectCall={onSelectCall} /></CallsProvider>
        <button type="button">after</button>
      </>,
    );
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(5));
    grid().focus();
    expect(activeRow()).toBe(bodyRows()[0]);
    expect(getComputedStyle(grid()).outlineStyle).toBe('solid');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(activeRow()?.getAttribute('aria-rowindex')).toBe('4');
    await userEvent.keyboard('{Enter}');
    const chosen = activeRow()!;
    expect(onSelectCall).toHaveBeenCalledWith(expect.objectContaining({ id: chosen.dataset.callId }));
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(chosen).toHaveAttribute('data-selected');
    await userEvent.keyboard('{PageDown}');
    expect(Number(activeRow()?.getAttribute('aria-rowindex'))).toBeGreaterThan(8);
    await userEvent.keyboard('{End}');
    // End goes to the last loaded row (row 100 of the first page, aria-rowindex 101) and loads more.
    await waitFor(() => expect(activeRow()?.getAttribute('aria-rowindex')).toBe('101'));
    await waitFor(() => expect(summary()).toBe('200 of 300 calls'));
    await userEvent.keyboard('{Home}');
    expect(activeRow()?.getAttribute('aria-rowindex')).toBe('2');
    await userEvent.keyboard(' ');
    expect(onSelectCall).toHaveBeenLastCalledWith(expect.objectContaining({ id: activeRow()!.dataset.callId }));
    for (const name of ['Started', 'Duration', 'Cost']) {
      await userEvent.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
    }
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
  });

  it('filters, searches and fetches the next page before the end is reached', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 1_000, now: NOW });
    const spy = vi.spyOn(adapter, 'listCalls');
    render(<CallsProvider adapter={adapter}><CallLogTable pageSize={50} /></CallsProvider>);
    await waitFor(() => expect(summary()).toBe('50 of 1,000 calls'));

    await userEvent.click(screen.getByText('Status', { selector: 'summary' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Failed' }));
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    await waitFor(() => expect(bodyRows().every((r) => r.querySelector('[data-status]')?.getAttribute('data-status') === 'failed')).toBe(true));
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ status: ['failed'] }), expect.anything());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Failed' }));

    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search calls' }), 'Claims');
    await waitFor(() => expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'Claims' }), expect.anything()));
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    await waitFor(() => expect(bodyRows().every((r) => r.textContent!.includes('Claims Intake'))).toBe(true));

    const before = spy.mock.calls.length;
    grid().scrollTop = grid().scrollHeight;
    await waitFor(() => expect(spy.mock.calls.length).toBeGreaterThan(before));
    expect(spy.mock.calls.at(-1)![0]).toMatchObject({ cursor: 'o50', search: 'Claims' });
    await waitFor(() => expect(summary()).toMatch(/^100 of /));
  });

  it('sorts through the server and pages the demo backend through createHttpAdapter', async () => {
    const backend = inject('demoBackend');
    const adapter = createHttpAdapter({ baseUrl: backend.url, accountSlug: backend.account, getToken: () => backend.token });
    render(<CallsProvider adapter={adapter}><CallLogTable pageSize={40} /></CallsProvider>);
    await waitFor(() => expect(summary()).toBe('40 of 300 calls'), { timeout: 10_000 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'costUsd:asc');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Cost/ })).toHaveAttribute('aria-sort', 'ascending'));
    const costs = () => bodyRows().map((r) => Number(r.querySelector('[data-column="cost"]')!.textContent!.replace(/[^0-9.]/g, '')));
    await waitFor(() => expect(costs()).toEqual([...costs()].sort((a, b) => a - b)));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Assistant' }), 'Claims Intake');
    await waitFor(() => expect(bodyRows().every((r) => r.textContent!.includes('Claims Intake'))).toBe(true));
    await waitFor(() => expect(summary()).toMatch(/^40 of \d+ calls$/));
    const total = Number(summary()!.match(/of (\d+)/)![1]);
    await waitFor(() => {
      grid().scrollTop = grid().scrollHeight;
      expect(summary()).toBe(total > 80 ? `80 of ${total} calls` : `${total} calls`);
    }, { timeout: 10_000 });
    await waitFor(() => expect(costs()).toEqual([...costs()].sort((a, b) => a - b)));
  });

  it('exports every call matching the filters as CSV, not only the loaded ones', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 1_200, now: NOW });
    render(<CallsProvider adapter={adapter}><CallLogTable pageSize={50} defaultFilters={{ ...EMPTY_FILTERS, status: ['completed'] }} /></CallsProvider>);
    await waitFor(() => expect(summary()).toMatch(/^50 of [\d,]+ calls$/));
    const total = Number(summary()!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(500);
    const download = commands.captureDownload();
    await sleep(200);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const file = await download;
    expect(file.fileName).toBe('calls.csv');
    const text = await commands.readDownloadedText();
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((line) => line.split(',')[8] === 'completed')).toBe(true);
  });

  it('has no axe-core violations', async () => {
    const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 60, now: NOW });
    render(<CallsProvider adapter={adapter}><CallLogTable /></CallsProvider>);
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(5));
    grid().focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(screen.getByText('Status', { selector: 'summary' }));
    const result = await axe.run(document.querySelector('[data-talkturo-log]')!, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(result.violations).toEqual([]);
  });
});

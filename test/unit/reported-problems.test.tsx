// What a backend sent wrong reaches the host once, through onError, while the data still shows.
import { render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { callListOptions, CallDetailPanel, CallLogTable, CallsProvider, createHttpAdapter } from '../../src';

const CALL = {
  id: 'call-1', assistant_id: 'asst_1', assistant_name: 'Front Desk', direction: 'inbound', status: 'completed',
  from_number: '', to_number: '+14155550100', started_at: '2026-11-20T10:00:00.000Z',
  duration_seconds: 190, ended_reason: '', cost_usd: 0.41, recording: 'available',
};

it('shows a page with one bad row and one bad field, and reports each problem once', async () => {
  const body = {
    data: [CALL, { ...CALL, id: '' }, { ...CALL, id: 'call-3', cost_usd: 'free', direction: 'sip-trunk', status: '__proto__' }],
    next_cursor: null, total: 3,
  };
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
  const adapter = createHttpAdapter({ baseUrl: 'https://api.test', accountSlug: 'acme', getToken: () => 't', fetch });
  const onError = vi.fn();
  const view = render(<CallLogTable adapter={adapter} onError={onError} />);
  await waitFor(() => expect(screen.getByText('2 of 3 calls · 1 could not be read')).toBeInTheDocument());
  expect(screen.getByText('sip-trunk')).toBeInTheDocument();
  expect(screen.getByText('__proto__')).toBeInTheDocument();
  expect(onError).toHaveBeenCalledTimes(2);
  expect(onError.mock.calls.map(([e]) => (e as Error).message)).toEqual([
    expect.stringContaining('"response.data[1].id"'),
    expect.stringContaining('"response.data[2].cost_usd"'),
  ]);
  // A re-render runs its effects inside act: had it reported again, it would have by now.
  view.rerender(<CallLogTable adapter={adapter} onError={onError} />);
  expect(onError).toHaveBeenCalledTimes(2);
});

it('lists a row with an id whatever else is unreadable ("—"), and counts what has no id on screen', async () => {
  const body = {
    data: [{ id: 'call-9', started_at: 'not a date', recording: 42 }, { ...CALL, id: 7 }, { ...CALL, id: null }, CALL],
    next_cursor: null,
  };
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
  const adapter = createHttpAdapter({ baseUrl: 'https://api.test', accountSlug: 'acme', getToken: () => 't', fetch });
  const onError = vi.fn();
  render(<CallLogTable adapter={adapter} onError={onError} />);
  await waitFor(() => expect(screen.getByText('2 calls · 2 could not be read')).toBeInTheDocument());
  const row = document.querySelector('[data-call-id="call-9"]')!;
  expect(row.querySelector('[data-column="startedAt"]')).toHaveTextContent('—');
  expect(row.textContent).not.toMatch(/not a date|undefined/);
  expect(row.querySelector('[data-column="recording"]')).toHaveTextContent('Recording unknown');
  expect(onError.mock.calls.map(([e]) => (e as Error).message).join('\n')).toContain('response.data[0].started_at');
});

it('problems survive a refetch that shares structure with the cached data', async () => {
  let n = 0;
  // The second answer differs in one other row: the cache keeps what is equal and builds new objects around it.
  const fetch = vi.fn(async () => new Response(JSON.stringify({ data: [{ ...CALL, cost_usd: 'free' }, { ...CALL, id: 'call-2', cost_usd: ++n }], next_cursor: null }), { headers: { 'Content-Type': 'application/json' } }));
  const adapter = createHttpAdapter({ baseUrl: 'https://api.test', accountSlug: 'acme', getToken: () => 't', fetch });
  const client = new QueryClient();
  const options = callListOptions(adapter, {});
  await client.fetchInfiniteQuery(options);
  await client.refetchQueries();
  const page = client.getQueryData(options.queryKey)!.pages[0]!;
  expect(page.calls[1]!.costUsd).toBe(2);
  expect(page.problems?.map((p) => p.message).join()).toContain('cost_usd');
});

it('a call\'s notes: one that cannot be read is left out and reported once, the rest show, also after a refetch', async () => {
  const detail = { id: 'call-1', assistant_id: 'asst_1', direction: 'inbound', status: 'completed', started_at: '2026-11-20T10:00:00.000Z', duration_seconds: 30, recording: 'none', transcript: [] };
  const good = { id: 'n1', call_id: 'call-1', start: 4, text: 'Fine', author: { id: 'u1', name: 'Ana' }, created_at: '2026-11-20T10:00:00.000Z', version: 1 };
  let n = 0;
  const fetch = vi.fn(async (url: RequestInfo | URL) => {
    const body = (url instanceof Request ? url.url : String(url)).includes('/annotations')
      ? [good, { id: 'n2', start: 'soon', author: { id: 'u1', name: 'Ana' } }, { ...good, id: 'n3', start: 9 + (n++ % 2), text: 'Later' }]
      : detail;
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
  const adapter = createHttpAdapter({ baseUrl: 'https://api.test', accountSlug: 'acme', getToken: () => 't', fetch });
  const client = new QueryClient();
  const onError = vi.fn();
  render(<QueryClientProvider client={client}><CallsProvider adapter={adapter}><CallDetailPanel callId="call-1" defaultTab="notes" onError={onError} /></CallsProvider></QueryClientProvider>);
  await waitFor(() => expect(screen.getAllByRole('group')).toHaveLength(2));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect((onError.mock.calls[0]![0] as Error).message).toContain('"annotations[1].start"');
  await client.refetchQueries();
  await waitFor(() => expect(screen.getByRole('group', { name: /at 0:10$/ })).toBeInTheDocument());
  expect(onError).toHaveBeenCalledTimes(1);
});

import { skipToken, QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallsProvider, callKeys, createMemoryAdapter, recordingOptions, type CallsAdapter } from '../../src';
import { useCallsContext, EnsureQueryClient } from '../../src/queries/provider';
import { useInfiniteQuery } from '@tanstack/react-query';
import { callListOptions } from '../../src';

const NOW = Date.UTC(2026, 10, 20, 15);

function FirstCalls() {
  const { adapter } = useCallsContext({});
  const list = useInfiniteQuery(callListOptions(adapter!, { limit: 3 }));
  const client = useQueryClient();
  if (list.isPending) return <p>loading</p>;
  return (
    <ul data-client={client === (globalThis as { hostClient?: QueryClient }).hostClient ? 'host' : 'own'}>
      {list.data?.pages[0]?.calls.map((c) => <li key={c.id}>{c.id}</li>)}
    </ul>
  );
}

describe('CallsProvider', () => {
  it('works with no QueryClientProvider around it', async () => {
    render(<CallsProvider adapter={createMemoryAdapter({ calls: 10, now: NOW })}><FirstCalls /></CallsProvider>);
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('list')).toHaveAttribute('data-client', 'own');
  });

  it("uses the host app's QueryClient when there is one", async () => {
    const hostClient = new QueryClient();
    (globalThis as { hostClient?: QueryClient }).hostClient = hostClient;
    render(
      <QueryClientProvider client={hostClient}>
        <CallsProvider adapter={createMemoryAdapter({ calls: 10, now: NOW })}><FirstCalls /></CallsProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('list')).toHaveAttribute('data-client', 'host');
    expect(hostClient.getQueryCache().findAll({ queryKey: callKeys.all })).toHaveLength(1);
  });

  it('keeps two adapters apart in one QueryClient', () => {
    const a = createMemoryAdapter();
    const b = createMemoryAdapter();
    expect(callKeys.detail(a, 'x')).not.toEqual(callKeys.detail(b, 'x'));
    expect(callKeys.detail(a, 'x')).toEqual(callKeys.detail(a, 'x'));
    expect(callKeys.detail(a, 'x').slice(0, 1)).toEqual(callKeys.all);
  });
});

function Recording({ adapter }: { adapter: CallsAdapter }) {
  const query = useQuery(recordingOptions(adapter, 'call-1'));
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  return <p>{query.data ? query.data.source?.url ?? 'none' : 'loading'}</p>;
}

function stubAdapter(getRecording: CallsAdapter['getRecording']): CallsAdapter {
  return { listCalls: async () => ({ calls: [], nextCursor: null }), getCall: async () => { throw new Error('unused'); }, getRecording };
}

describe('recordingOptions', () => {
  it('never serves a cached URL: every fetch asks the adapter (the owner decides when)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity } } });
    let n = 0;
    const adapter = stubAdapter(async () => ({ url: `https://s3.test/a.mp3?v=${++n}`, expiresAt: Date.now() + 60_000 }));
    const first = await client.fetchQuery(recordingOptions(adapter, 'call-1'));
    const second = await client.fetchQuery(recordingOptions(adapter, 'call-1'));
    expect([first.source?.url, second.source?.url]).toEqual(['https://s3.test/a.mp3?v=1', 'https://s3.test/a.mp3?v=2']);
  });

  it('runs no query without an adapter (skipToken)', () => {
    expect(recordingOptions(undefined, 'call-1').queryFn).toBe(skipToken);
  });

  it('turns a malformed source from a host adapter into a clear error, without retrying', async () => {
    let calls = 0;
    const adapter = stubAdapter(async () => {
      calls++;
      return { url: 'https://s3.test/a.mp3' } as never;
    });
    render(<EnsureQueryClient><Recording adapter={adapter} /></EnsureQueryClient>);
    expect(await screen.findByRole('alert')).toHaveTextContent('"recording.expiresAt" should be an ISO 8601 date or epoch milliseconds');
    expect(calls).toBe(1);
  });

  it('passes null through: the call has no recording', async () => {
    render(<EnsureQueryClient><Recording adapter={stubAdapter(async () => null)} /></EnsureQueryClient>);
    await waitFor(() => expect(screen.getByText('none')).toBeInTheDocument());
  });
});

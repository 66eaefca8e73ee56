// @vitest-environment node
// Server rendering (Next.js app router, Remix): importing and rendering touches no browser global,
// whether the queries are still loading or the host prefetched the call into its QueryClient.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CallDetailPanel, CallLogs, CallLogTable, callDetailOptions, callListOptions, createMemoryAdapter, StereoRecordingPlayer,
} from '../../src';

describe('server rendering', () => {
  it('renders every component to a string in plain Node while loading', () => {
    expect(typeof window).toBe('undefined');
    const adapter = createMemoryAdapter({ calls: 10 });
    const player = renderToString(<StereoRecordingPlayer callId="c1" adapter={adapter} />);
    expect(player).toContain('data-state="loading"');
    expect(renderToString(<CallLogTable adapter={adapter} />)).toContain('Loading calls…');
    expect(renderToString(<CallDetailPanel callId="c1" adapter={adapter} />)).toContain('Loading call…');
    expect(renderToString(<CallLogs adapter={adapter} />)).toContain('data-talkturo-logs');
  });

  it('renders the panel, the player and CallLogs with the call, its transcript and the list prefetched', async () => {
    expect(typeof ResizeObserver).toBe('undefined');
    const adapter = createMemoryAdapter({ calls: 10 });
    const client = new QueryClient();
    const first = (await adapter.listCalls({})).calls.find((c) => c.recording === 'available')!;
    await client.prefetchQuery(callDetailOptions(adapter, first.id));
    // The query the log asks first: 100 rows, newest first, no filter.
    await client.prefetchInfiniteQuery(callListOptions(adapter, { limit: 100, sort: { field: 'startedAt', order: 'desc' } }));
    const call = client.getQueryData(callDetailOptions(adapter, first.id).queryKey)!;
    expect(call.transcript?.length).toBeGreaterThan(0);
    const withClient = (node: React.ReactNode) => renderToString(<QueryClientProvider client={client}>{node}</QueryClientProvider>);

    const panel = withClient(<CallDetailPanel callId={first.id} adapter={adapter} />);
    expect(panel).toContain(call.transcript![0]!.text.slice(0, 20).replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
    expect(panel).toContain('data-talkturo-player');
    expect(withClient(<StereoRecordingPlayer callId={first.id} adapter={adapter} />)).toContain('data-talkturo-player');
    const logs = withClient(<CallLogs adapter={adapter} defaultCallId={first.id} />);
    expect(logs).toMatch(/data-talkturo-log="" data-state="ready"/);
    expect(logs).toContain(`data-call-id="${first.id}"`);
  });
});

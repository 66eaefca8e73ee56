// A server-component page, as most dashboards are: it prefetches the open call on the server through
// the package's server entry (no 'use client'), hands it to the client in a HydrationBoundary, and
// renders the components with serializable props; only the adapter lives in a client component.
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { CallDetailPanel, CallLogTable, StereoRecordingPlayer } from '@talkturo/components-react';
import { callDetailOptions, createHttpAdapter } from '@talkturo/components-react/server';
import { Providers } from './providers';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }) {
  const { api = '', call = '' } = await searchParams;
  const client = new QueryClient();
  if (api && call) {
    const adapter = createHttpAdapter({ baseUrl: api, accountSlug: 'demo', getToken: () => 'demo-token' });
    await client.prefetchQuery(callDetailOptions(adapter, call));
  }
  return (
    <Providers api={api}>
      <h1>Host app (Next.js)</h1>
      <HydrationBoundary state={dehydrate(client)}>
        <section aria-label="Standalone player" style={{ maxWidth: 760 }}>
          <StereoRecordingPlayer callId={call} />
        </section>
        <CallLogTable />
        <section aria-label="Prefetched call">
          <CallDetailPanel callId={call} />
        </section>
      </HydrationBoundary>
    </Providers>
  );
}

// A host's QueryClient defaults must not show one call as another: keepPreviousData is for its own lists.
import { keepPreviousData, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CallDetailPanel, CallsProvider, createMemoryAdapter } from '../../src';

const NOW = Date.UTC(2026, 10, 20, 15);

it('never shows the previous call for a new call id under a host\'s placeholderData: keepPreviousData', async () => {
  const adapter = createMemoryAdapter({ calls: 40, now: NOW, latencyMs: 150 });
  const { calls } = await adapter.listCalls({ limit: 40 });
  const [a, b] = calls.filter((c) => c.recording !== 'available');
  const client = new QueryClient({ defaultOptions: { queries: { placeholderData: keepPreviousData, staleTime: Infinity } } });
  const panel = (id: string) => (
    <QueryClientProvider client={client}>
      <CallsProvider adapter={adapter}><CallDetailPanel callId={id} defaultTab="details" /></CallsProvider>
    </QueryClientProvider>
  );
  const view = render(panel(a!.id));
  await screen.findByText(a!.id);
  view.rerender(panel(b!.id));
  expect(screen.queryByText(a!.id)).toBeNull();
  await screen.findByText(b!.id);
});

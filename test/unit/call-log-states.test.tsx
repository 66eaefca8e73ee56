import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdapterError, CallLogTable, CallsProvider, createMemoryAdapter, EN_MESSAGES, type CallsAdapter } from '../../src';

const NOW = Date.UTC(2026, 10, 20, 15);

describe('CallLogTable states', () => {
  it('shows a loading skeleton and says so', () => {
    const adapter: CallsAdapter = { ...createMemoryAdapter(), listCalls: () => new Promise(() => undefined) };
    const { container } = render(<CallLogTable adapter={adapter} />);
    expect(container.querySelector('[data-talkturo-log]')).toHaveAttribute('data-state', 'loading');
    expect(screen.getByText('Loading calls…')).toBeInTheDocument();
    expect(container.querySelectorAll('[data-part="skeleton-row"]').length).toBeGreaterThan(3);
  });

  it('says there are no calls yet when the account has none', async () => {
    render(<CallLogTable adapter={createMemoryAdapter({ calls: 0 })} />);
    expect(await screen.findByText('No calls yet. Calls appear here as soon as they end.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('offers to clear the filters when none match', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(
      <CallsProvider adapter={createMemoryAdapter({ calls: 50, now: NOW })}>
        <CallLogTable defaultFilters={{ range: 'all', status: [], direction: [], search: 'no-such-call-anywhere' }} onFiltersChange={onFiltersChange} />
      </CallsProvider>,
    );
    expect(await screen.findByText('No calls match these filters.')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear[clear.length - 1]!);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ range: 'all', status: [], direction: [], search: '' });
    await waitFor(() => expect(screen.getByText(/^50 calls$/)).toBeInTheDocument());
  });

  it('shows an error with Retry, reports it, and recovers', async () => {
    const user = userEvent.setup();
    const memory = createMemoryAdapter({ calls: 20, now: NOW });
    let fail = true;
    const adapter: CallsAdapter = {
      ...memory,
      listCalls: async (q, init) => {
        if (fail) throw new AdapterError('server', 'Could not load the call list (HTTP 500). The API had a problem.');
        return memory.listCalls(q, init);
      },
    };
    const onError = vi.fn();
    render(<CallLogTable adapter={adapter} onError={onError} />);
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('HTTP 500');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'server' }));
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText(/^20 calls$/)).toBeInTheDocument());
  });

  it('does not crash the host without an adapter', () => {
    const onError = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<CallLogTable onError={onError} />);
    expect(screen.getByRole('alert')).toHaveTextContent(EN_MESSAGES.noAdapter);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'PlayerError', code: 'no-adapter' }));
  });
});

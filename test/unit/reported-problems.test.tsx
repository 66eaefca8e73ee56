// What a backend sent wrong reaches the host once, through onError, while the data still shows.
import { render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { CallLogTable, createHttpAdapter } from '../../src';

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
  await waitFor(() => expect(screen.getByText(/^2 of 3 calls$/)).toBeInTheDocument());
  expect(screen.getByText('sip-trunk')).toBeInTheDocument();
  expect(screen.getByText('__proto__')).toBeInTheDocument();
  expect(onError).toHaveBeenCalledTimes(2);
  expect(onError.mock.calls.map(([e]) => (e as Error).message)).toEqual([
    expect.stringContaining('"response.data[1].id"'),
    expect.stringContaining('"response.data[2].cost_usd"'),
  ]);
  view.rerender(<CallLogTable adapter={adapter} onError={onError} />);
  await new Promise((r) => setTimeout(r, 50));
  expect(onError).toHaveBeenCalledTimes(2);
});

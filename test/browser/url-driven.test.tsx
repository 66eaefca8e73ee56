// A host that keeps the open call in its URL (`?call=`), as a Next.js or React Router page does:
// CallLogs is controlled by it, a click pushes a history entry, and back and forward open the right call.
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { CallLogs, createMemoryAdapter } from '../../src';
import '../../src/theme/styles.css';
import { render, screen, waitFor, FIXTURE_URLS } from './helpers';

const adapter = createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 12 });
const start = location.href;
afterEach(() => {
  cleanup();
  history.replaceState(null, '', start);
});

function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const read = () => new URLSearchParams(location.search).get(name);
  const [value, setValue] = useState(read);
  useEffect(() => {
    const onPop = () => setValue(read());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
  const push = (next: string | null) => {
    const url = new URL(location.href);
    if (next === null) url.searchParams.delete(name);
    else url.searchParams.set(name, next);
    history.pushState(null, '', url);
    setValue(next);
  };
  return [value, push];
}

function Host() {
  const [call, setCall] = useSearchParam('call');
  return <CallLogs adapter={adapter} callId={call} onCallIdChange={setCall} style={{ width: 1200, height: 700 }} />;
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-part="body"] [role="row"]')];
const openCall = () => document.querySelector('[data-talkturo-panel]')?.getAttribute('data-call-id') ?? null;
const popTo = async (go: () => void) => {
  const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  go();
  await popped;
};

describe('CallLogs driven by the page URL', () => {
  it('a click writes ?call=; back and forward open the call of that entry; back to no call closes it', async () => {
    render(<Host />);
    await waitFor(() => expect(rows().length).toBeGreaterThan(3));
    const [a, b] = [rows()[0]!, rows()[2]!];
    a.click();
    await waitFor(() => expect(new URLSearchParams(location.search).get('call')).toBe(a.dataset.callId));
    await waitFor(() => expect(openCall()).toBe(a.dataset.callId));
    rows()[2]!.click();
    await waitFor(() => expect(openCall()).toBe(b.dataset.callId));
    await popTo(() => history.back());
    await waitFor(() => expect(openCall()).toBe(a.dataset.callId));
    expect(screen.getByRole('grid', { name: 'Call log' }).querySelector('[aria-selected="true"]')).toHaveAttribute('data-call-id', a.dataset.callId);
    await popTo(() => history.forward());
    await waitFor(() => expect(openCall()).toBe(b.dataset.callId));
    await popTo(() => history.go(-2));
    await waitFor(() => expect(openCall()).toBeNull());
    expect(document.querySelector('[data-talkturo-logs]')).not.toHaveAttribute('data-open');
  });

  it('controlled: the open call changes only when the host says so', async () => {
    const asked: (string | null)[] = [];
    const view = render(<CallLogs adapter={adapter} callId={null} onCallIdChange={(id) => asked.push(id)} style={{ width: 1200, height: 700 }} />);
    await waitFor(() => expect(rows().length).toBeGreaterThan(3));
    const row = rows()[1]!;
    row.click();
    expect(asked).toEqual([row.dataset.callId]);
    expect(openCall()).toBeNull();
    view.rerender(<CallLogs adapter={adapter} callId={row.dataset.callId!} onCallIdChange={(id) => asked.push(id)} style={{ width: 1200, height: 700 }} />);
    await waitFor(() => expect(openCall()).toBe(row.dataset.callId));
  });
});

// A host that writes `adapter={createHttpAdapter({…})}` inline and re-renders ten times a second: the
// adapter is keyed by what it reads from, so nothing is fetched twice and the playing media is not reloaded.
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CallDetailPanel, CallLogTable, CallsProvider, createHttpAdapter, createMemoryAdapter } from '../../src';
import '../../src/theme/styles.css';
import { callWithRecording, eachTestsAudio, httpAdapter, playerBackend, position, render, screen, sleep, waitFor, FIXTURE_URLS } from './helpers';

const audio = eachTestsAudio();

function useTicks(everyMs: number) {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return tick;
}

describe('an adapter created on every render', () => {
  it('re-rendering ten times a second for 10 s: one list request, one call request, no media reload', async () => {
    const call = await callWithRecording(httpAdapter());
    const requests: string[] = [];
    const counting: typeof fetch = (input, init) => {
      requests.push(new URL(String(input)).pathname);
      return fetch(input, init);
    };
    let renders = 0;
    function Host() {
      const tick = useTicks(100);
      renders++;
      return (
        <CallsProvider adapter={createHttpAdapter({ baseUrl: playerBackend.url, accountSlug: playerBackend.account, getToken: async () => `${playerBackend.token}`, fetch: counting })}>
          <p>Host render {tick}</p>
          <CallLogTable style={{ height: 300 }} />
          <CallDetailPanel callId={call.id} />
        </CallsProvider>
      );
    }
    render(<Host />);
    const play = await screen.findByRole('button', { name: 'Play' }, { timeout: 15_000 });
    await waitFor(() => expect(play).toBeEnabled(), { timeout: 15_000 });
    play.click();
    await waitFor(() => expect(position()).toBeGreaterThan(0.3), { timeout: 10_000 });
    const loads: Event[] = [];
    for (const element of audio()) element.addEventListener('loadstart', (e) => loads.push(e));
    const rendersBefore = renders;
    await sleep(10_000);
    expect(renders - rendersBefore).toBeGreaterThanOrEqual(80);
    expect(requests.filter((p) => p === '/api/calls')).toHaveLength(1);
    expect(requests.filter((p) => p === `/api/calls/${call.id}`)).toHaveLength(1);
    // The short call plays from bytes held here: no URL is renewed for it.
    expect(requests.filter((p) => p.endsWith('/recording')).length).toBeLessThanOrEqual(2);
    expect(loads).toHaveLength(0);
    expect(document.querySelector('[data-talkturo-player]')).toHaveAttribute('data-state', expect.stringMatching(/playing|paused/));
    expect(position()).toBeGreaterThan(5);
  }, 40_000);

  it('the newest inline adapter answers: a request made after a re-render reads that render\'s token', async () => {
    const asked: string[] = [];
    function Host({ label }: { label: string }) {
      const adapter = createHttpAdapter({
        baseUrl: playerBackend.url, accountSlug: playerBackend.account,
        getToken: () => {
          asked.push(label);
          return playerBackend.token;
        },
      });
      return <CallsProvider adapter={adapter}><CallLogTable style={{ height: 300 }} /></CallsProvider>;
    }
    const view = render(<Host label="first" />);
    await waitFor(() => expect(document.querySelectorAll('[data-part="body"] [role="row"]').length).toBeGreaterThan(2), { timeout: 10_000 });
    view.rerender(<Host label="second" />);
    const before = asked.length;
    screen.getByRole('button', { name: 'Duration' }).click();
    await waitFor(() => expect(asked.length).toBeGreaterThan(before));
    expect(asked.slice(before).every((l) => l === 'second')).toBe(true);
  });

  it('an unkeyed adapter created on every render is named once in development, with the fix', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    function Host({ n }: { n: number }) {
      return <CallLogTable data-n={n} adapter={createMemoryAdapter({ recordingUrls: FIXTURE_URLS,  calls: 3 })} />;
    }
    const view = render(<Host n={0} />);
    for (let n = 1; n < 5; n++) view.rerender(<Host n={n} />);
    const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('new object on every render'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/CallLogTable.*useState\(\(\) => createMemoryAdapter.*`key`/);
  });
});

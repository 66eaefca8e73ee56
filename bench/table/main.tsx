// Benchmark page, built as a host uses us (the package name resolves to its production build in dist/,
// React StrictMode): mounts 100,000 already-loaded calls in CallLogTable (or a plain table as the
// baseline), then scrolls from top to bottom one step per frame and records every frame's length.
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  CallLogTable, CallsProvider, callListOptions, createMemoryAdapter, DEFAULT_SORT, EMPTY_FILTERS, filtersToQuery, type CallsAdapter,
  type CallSummary,
} from '@talkturo/components-react';
import '@talkturo/components-react/styles.css';
import { TanStackTable } from './TanStackTable';

declare global {
  interface Window {
    benchTable(options: TableBenchOptions): Promise<void>;
    benchScroll(): Promise<TableBenchResult>;
    gc?: () => void;
  }
}

export interface TableBenchOptions {
  kind: 'ours' | 'plain' | 'tanstack';
  rows: number;
  css?: string;
}

export interface TableBenchResult {
  rows: number;
  firstMountMs: number;
  mountMs: number;
  frames: number;
  framesOver50ms: number;
  longestFrameMs: number;
  p95FrameMs: number;
  heapBeforeMountMB: number;
  peakHeapMB: number;
  domRows: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const heapMB = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1_048_576;

function PlainTable({ calls }: { calls: CallSummary[] }) {
  return (
    <div data-talkturo-root="" style={{ height: 520, overflow: 'auto' }} data-part="grid">
      <table>
        <tbody>
          {calls.map((c) => (
            <tr key={c.id}>
              <td>{new Date(c.startedAt).toLocaleString()}</td><td>{c.direction}</td><td>{c.fromNumber}</td><td>{c.toNumber}</td>
              <td>{c.assistantName}</td><td>{c.status}</td><td>{c.durationSeconds}</td><td>{c.costUsd}</td><td>{c.recording}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function loadCalls(rows: number): Promise<CallSummary[]> {
  const adapter = createMemoryAdapter({ calls: rows, now: Date.UTC(2026, 10, 20, 15) });
  const calls: CallSummary[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await adapter.listCalls({ limit: 500, ...(cursor ? { cursor } : {}) });
    calls.push(...page.calls);
    if (!(cursor = page.nextCursor)) break;
  }
  return calls;
}

let pending: { rows: number; first: number; mountMs: number; heapBeforeMountMB: number; root: ReturnType<typeof createRoot> } | null = null;

window.benchTable = async ({ kind, rows, css }) => {
  const calls = await loadCalls(rows);
  if (css) document.head.insertAdjacentHTML('beforeend', `<style>${css}</style>`);
  const query = filtersToQuery(EMPTY_FILTERS, DEFAULT_SORT, Date.now(), 100);
  // The table gets the loaded rows and an adapter that holds nothing else, so the heap measures the
  // table and its rows, not the demo data store behind them.
  const tableAdapter: CallsAdapter = {
    listCalls: async () => ({ calls: [], nextCursor: null }),
    getCall: () => Promise.reject(new Error('not used')),
    getRecording: async () => null,
  };
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(callListOptions(tableAdapter, query).queryKey, { pages: [{ calls, nextCursor: null, total: calls.length }], pageParams: [null] });
  window.gc?.();
  await nextFrame();
  const heapBeforeMountMB = heapMB();

  const element = kind === 'ours' ? (
    <CallsProvider adapter={tableAdapter} queryClient={client}><CallLogTable /></CallsProvider>
  ) : kind === 'tanstack' ? (
    <TanStackTable calls={calls} />
  ) : (
    <PlainTable calls={calls} />
  );
  const mount = async () => {
    const root = createRoot(document.getElementById('root')!);
    const start = performance.now();
    flushSync(() => root.render(<StrictMode>{element}</StrictMode>));
    await nextFrame(); // the frame that paints the mounted table
    return { root, ms: performance.now() - start };
  };
  // First mount in the page pays one-time costs (Intl formatters, code warm-up); the second is the
  // steady state, as when a user comes back to the log.
  const first = await mount();
  first.root.unmount();
  await nextFrame();
  const { root, ms: mountMs } = await mount();
  pending = { rows, first: first.ms, mountMs, heapBeforeMountMB, root };
};

// Separate from mounting, so the runner can read Chromium's main-thread metrics around the scroll alone.
window.benchScroll = async () => {
  const { rows, first, mountMs, heapBeforeMountMB, root } = pending!;
  const scroller = document.querySelector<HTMLElement>('[data-part="grid"]')!;
  const distance = scroller.scrollHeight - scroller.clientHeight;
  const steps = 240;
  const frameTimes: number[] = [];
  let peak = heapMB();
  let last = await nextFrame();
  for (let i = 1; i <= steps; i++) {
    scroller.scrollTop = (distance * i) / steps;
    const now = await nextFrame();
    frameTimes.push(now - last);
    last = now;
    if (i % 20 === 0) peak = Math.max(peak, heapMB());
  }
  peak = Math.max(peak, heapMB());
  const domRows = scroller.querySelectorAll('[role="row"], tr').length;
  root.unmount();
  const sorted = [...frameTimes].sort((a, b) => a - b);
  return {
    rows, firstMountMs: first, mountMs, frames: frameTimes.length, framesOver50ms: frameTimes.filter((t) => t > 50).length,
    longestFrameMs: sorted[sorted.length - 1] ?? 0, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    heapBeforeMountMB, peakHeapMB: peak, domRows,
  };
};

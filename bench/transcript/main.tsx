// Benchmark page for the transcript's window: our panel's transcript (built from the package, as a host
// gets it) beside the same turns in a TanStack Virtual list: time to show 10,000 turns, then scrolling
// from top to bottom a step per frame, every frame's length recorded.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CallDetailPanel, type CallsAdapter, type TranscriptTurn } from '@talkturo/components-react';
import '@talkturo/components-react/styles.css';
import { TanStackTranscript } from './TanStackTranscript';

export type TranscriptKind = 'ours' | 'tanstack';

declare global {
  interface Window {
    benchTranscript(kind: TranscriptKind, turns: number): Promise<{ showMs: number }>;
    benchTranscriptScroll(steps: number): Promise<{ frames: number; p95FrameMs: number; longestMs: number; over50: number; drawnRows: number }>;
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const root = document.getElementById('root')!;
// Both lists scroll themselves in a box of the same height.
document.head.insertAdjacentHTML('beforeend', '<style>[data-talkturo-panel] [data-part="turns"] { --tt-transcript-height: 600px; height: 600px; max-height: 600px; overflow: auto; position: relative }</style>');

function spreadTurns(count: number): TranscriptTurn[] {
  const words = 'the claim covers the water damage in the kitchen and the adjuster will call tomorrow about it'.split(' ');
  return Array.from({ length: count }, (_, i) => ({
    speaker: i % 2 ? 'assistant' : 'caller',
    // Lengths vary (one to four lines): the rows' heights are not known before they are drawn.
    text: Array.from({ length: 6 + ((i * 7) % 40) }, (_, k) => words[(i + k) % words.length]).join(' '),
    startSeconds: i * 0.36,
    endSeconds: (i + 1) * 0.36,
  }));
}

async function until(test: () => boolean) {
  while (!test()) await nextFrame();
}

window.benchTranscript = async (kind, count) => {
  const turns = spreadTurns(count);
  const app = createRoot(root);
  if (kind === 'tanstack') {
    const t0 = performance.now();
    flushSync(() => app.render(<StrictMode><TanStackTranscript turns={turns} /></StrictMode>));
    await until(() => !!root.querySelector('[data-part="turns"] li[data-index]'));
    await nextFrame();
    return { showMs: performance.now() - t0 };
  }
  let arrived = 0;
  const adapter: CallsAdapter = {
    listCalls: async () => ({ calls: [], nextCursor: null }),
    getRecording: async () => null,
    getCall: async (id) => {
      arrived = performance.now();
      return { id, assistantId: 'a', direction: 'inbound', status: 'completed', startedAt: '2026-12-04T10:00:00Z', recording: 'not-captured', transcript: turns };
    },
  };
  app.render(<StrictMode><CallDetailPanel callId="bench" adapter={adapter} /></StrictMode>);
  await until(() => !!root.querySelector('[data-part="turns"] li'));
  await nextFrame();
  return { showMs: performance.now() - arrived };
};

window.benchTranscriptScroll = async (steps) => {
  const list = root.querySelector<HTMLElement>('[data-part="turns"]')!;
  const times: number[] = [];
  let drawn = 0;
  for (let i = 1; i <= steps; i++) {
    list.scrollTop = ((list.scrollHeight - list.clientHeight) * i) / steps;
    times.push(await nextFrame());
    drawn = Math.max(drawn, list.querySelectorAll('li[data-index]').length);
  }
  const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  return {
    frames: gaps.length,
    p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
    longestMs: gaps.at(-1) ?? 0,
    over50: gaps.filter((g) => g > 50).length,
    drawnRows: drawn,
  };
};

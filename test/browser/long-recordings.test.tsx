// Hour-long calls in Chromium, both ways: peaks from the API (nothing decoded) and no peaks (the
// media streams at once, the lanes fill in from a stream decoded frame by frame). The hour-long MP3 is
// made when the demo backend starts, from the committed 3-minute fixture; it is not committed.
import { cleanup } from '@testing-library/react';
import { afterEach, onTestFinished, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallsProvider, StereoRecordingPlayer, type CallsAdapter } from '../../src';
import { streamPeaksAnywhere } from '../../src/player/stream/peaksStream';
import { streamPeaks } from '../../src/player/stream/streamPeaks';
import { webCodecsDecoder } from '../../src/player/stream/webCodecsDecoder';
import { bucketsFor } from '../../src/player/peaks';
import '../../src/theme/styles.css';
import { httpAdapter, lanePixels, playerRoot, render, screen, sleep, waitFor, waitForState } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const HOUR_WITH_PEAKS = 'hour-long-with-peaks';
const HOUR_STREAMED = 'hour-long-streamed';

function mount(adapter: CallsAdapter, callId: string) {
  const onError = vi.fn();
  render(
    <CallsProvider adapter={adapter}>
      <div style={{ width: 720 }}>
        <StereoRecordingPlayer callId={callId} onError={onError} />
      </div>
    </CallsProvider>,
  );
  return { onError };
}

/**
 * Holds the peaks worker's news past `fraction` of the call (and its "done") until released: the
 * stream is then part-way for as long as a test looks at it, on any machine.
 */
function holdStreamAt(fraction: number) {
  const Original = window.Worker;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'talkturo-peaks') return;
      const deliver = (event: Event) => {
        const data = (event as MessageEvent).data as { type: string; reached?: number };
        const ahead = data.type === 'done' || (data.type === 'progress' && data.reached! / HOUR_SECONDS > fraction);
        if (!ahead) return;
        event.stopImmediatePropagation();
        void released.then(() => {
          const again = Object.assign(new MessageEvent('message', { data }), { held: true });
          this.dispatchEvent(again);
        });
      };
      // Ahead of the page's own handler (set as onmessage later): held news never reaches it early.
      this.addEventListener('message', (event) => {
        if ((event as MessageEvent & { held?: boolean }).held) return;
        deliver(event);
      });
    }
  };
  onTestFinished(() => {
    window.Worker = Original;
    release();
  });
  return () => {
    window.Worker = Original;
    release();
  };
}
const HOUR_SECONDS = 3600;

/** Columns of the lanes that have waveform pixels, as a fraction of the width, per half. */
function inkedHalves() {
  const lanes = lanePixels(playerRoot());
  let left = 0;
  let right = 0;
  for (const { canvas, data } of lanes) {
    for (let x = 0; x < canvas.width; x++) {
      // More than a flat centre line: there is sound drawn in this column.
      let inked = 0;
      for (let y = 0; y < canvas.height; y++) if (data[(y * canvas.width + x) * 4 + 3]! > 100) inked++;
      if (inked > 6) (x < canvas.width / 2 ? left++ : right++);
    }
  }
  return { left, right };
}

/** Whether the waveform attribute ever took `value` while `run` ran. */
function watchWaveform(value: string) {
  let seen = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector(`[data-talkturo-player][data-waveform="${value}"]`)) seen = true;
  });
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-waveform'], childList: true });
  return { seen: () => seen, stop: () => observer.disconnect() };
}

describe('hour-long recordings', () => {
  it('with peaks from the API: draws at once and decodes nothing', async () => {
    const decodes = vi.spyOn(BaseAudioContext.prototype, 'decodeAudioData');
    const workers: (string | undefined)[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(options?.name);
      }
    };
    onTestFinished(() => {
      window.Worker = Original;
    });
    const adapter = httpAdapter();
    const source = await adapter.getRecording(HOUR_WITH_PEAKS);
    expect((source?.peaks as ArrayLike<number>[] | undefined)?.[0]?.length).toBeGreaterThan(10_000);
    const streaming = watchWaveform('streaming');
    const { onError } = mount(adapter, HOUR_WITH_PEAKS);
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    expect(screen.getByText(/^0:00 \/ 1:00:0\d$/)).toBeVisible();
    await sleep(200);
    const { left, right } = inkedHalves();
    expect(left).toBeGreaterThan(100);
    expect(right).toBeGreaterThan(100);
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(decodes).not.toHaveBeenCalled();
    // No decoding worker; the one worker is the conversation analysis (an hour is analysed off the main thread).
    await waitFor(() => expect(playerRoot().querySelector('[data-part="figures"]')).not.toBeNull());
    expect(workers).toEqual(['talkturo-conversation-analysis']);
    expect(streaming.seen()).toBe(false);
    streaming.stop();
    expect(onError).not.toHaveBeenCalled();
  });

  it('without peaks: plays at once while the lanes fill in from the stream, then keeps the peaks for the session', async () => {
    const decodes = vi.spyOn(BaseAudioContext.prototype, 'decodeAudioData');
    const adapter = httpAdapter();
    const releaseStream = holdStreamAt(1 / 3);
    const { onError } = mount(adapter, HOUR_STREAMED);
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('streaming'));
    await waitForState('paused');
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitForState('playing');
    // Playback does not wait for the waveform.
    await waitFor(() => expect(Number((screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement).value)).toBeGreaterThan(0.3));
    expect(playerRoot().dataset.waveform).toBe('streaming');
    expect(screen.getByRole('status')).toHaveTextContent(/^Drawing the waveform… \d+%$/);

    // wavesurfer's own canvases, as drawn (flat) when streaming began.
    const shadow = () => playerRoot().querySelector('[data-part="waveform"]')!.firstElementChild!.shadowRoot!;
    const laneCanvases = [...shadow().querySelectorAll('.canvases canvas')];

    // Part-way (the worker's news past a third of the call is held): the start is drawn, the end is not.
    await waitFor(() => {
      expect(inkedHalves().left).toBeGreaterThan(50);
    }, { timeout: 20_000 });
    await sleep(300); // whatever was on its way has arrived; nothing past a third can
    expect(playerRoot().dataset.waveform).toBe('streaming');
    const notes = screen.getAllByText(/^Drawing the waveform… \d+%$/);
    expect(notes.length).toBeGreaterThan(0);
    const progress = Math.max(...notes.map((note) => Number(/(\d+)%/.exec(note.textContent ?? '')![1])));
    expect(progress).toBeLessThanOrEqual(34);
    expect(inkedHalves().right).toBeLessThan(5);
    // Drawn a column at a time on the canvas over the lanes: wavesurfer has not redrawn its own.
    expect(shadow().querySelector('canvas[data-streaming]')).not.toBeNull();
    expect([...shadow().querySelectorAll('.canvases canvas')]).toEqual(laneCanvases);
    releaseStream();
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 60_000 });
    await sleep(200);
    expect(shadow().querySelector('canvas[data-streaming]')).toBeNull(); // wavesurfer has the whole waveform
    expect(inkedHalves().right).toBeGreaterThan(100);
    expect(decodes).not.toHaveBeenCalled(); // never decoded whole
    expect(onError).not.toHaveBeenCalled();

    cleanup();
    const streaming = watchWaveform('streaming');
    mount(adapter, HOUR_STREAMED);
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'));
    expect(streaming.seen()).toBe(false); // from the session cache
    streaming.stop();
  }, 90_000);
});

describe('zoomed in while the waveform streams', () => {
  it('wavesurfer takes the lanes over from the streaming canvas, and they still fill in', async () => {
    // An adapter of its own key: the peaks an earlier test streamed for this API and call are not reused.
    const { onError } = mount({ ...httpAdapter(), key: 'take-over' }, HOUR_STREAMED);
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('streaming'));
    const shadow = () => playerRoot().querySelector('[data-part="waveform"]')!.firstElementChild!.shadowRoot!;
    await waitFor(() => expect(shadow().querySelector('canvas[data-streaming]')).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(shadow().querySelector('canvas[data-streaming]')).toBeNull();
    await waitFor(() => expect(playerRoot().dataset.waveform).toBe('ready'), { timeout: 60_000 });
    await sleep(200);
    expect(inkedHalves().left).toBeGreaterThan(50); // the part in view, drawn by wavesurfer
    expect(onError).not.toHaveBeenCalled();
  }, 90_000);
});

describe('streaming peaks', () => {
  const shortCall = async (adapter: CallsAdapter) => {
    const { calls } = await adapter.listCalls({ limit: 50 });
    return calls.find((c) => c.recording === 'available' && c.durationSeconds! < 30)!;
  };

  it('gives the same peaks in our worker (mpg123 read in place), with the WASM decoder on the main thread and with WebCodecs', async () => {
    const adapter = httpAdapter();
    const call = await shortCall(adapter);
    const run = async (prefer: 'worker' | 'wasm') => {
      const source = (await adapter.getRecording(call.id))!;
      return streamPeaksAnywhere({ getUrl: async () => source.url, duration: call.durationSeconds!, buckets: bucketsFor(call.durationSeconds!), signal: new AbortController().signal }, prefer);
    };
    const inWorker = await run('worker');
    const wasm = await run('wasm');
    // WebCodecs, the worker's decoder where a page forbids WebAssembly, run here on the page.
    const source = (await adapter.getRecording(call.id))!;
    const webCodecs = await streamPeaks({
      decoder: webCodecsDecoder, getUrl: async () => source.url, duration: call.durationSeconds!,
      buckets: bucketsFor(call.durationSeconds!), signal: new AbortController().signal,
    });
    expect(inWorker.decoder).toBe('worker');
    expect(wasm.decoder).toBe('wasm');
    expect(inWorker.channels).toBe(2);
    expect(wasm.duration).toBeCloseTo(call.durationSeconds!, 0);
    for (const c of [0, 1]) {
      const a = inWorker.peaks[c]!;
      expect(Math.max(...a)).toBeGreaterThan(0.3);
      for (const b of [wasm.peaks[c]!, webCodecs.peaks[c]!]) {
        expect(a.length).toBe(b.length);
        let diff = 0;
        for (let i = 0; i < a.length; i++) diff += Math.abs(a[i]! - b[i]!);
        expect(diff / a.length).toBeLessThan(0.02);
      }
    }
  });

  it('asks for a fresh URL when storage refuses one, and resumes from the last whole frame when the connection drops', async () => {
    const backend = inject('demoBackend'); // 2-second URLs
    const adapter = httpAdapter(backend);
    const call = await shortCall(adapter);
    const stale = (await adapter.getRecording(call.id))!;
    await sleep(backend.urlLifetimeSeconds * 1000 + 1200);
    const asked: boolean[] = [];
    const getUrl = async (refused: boolean) => {
      asked.push(refused);
      return asked.length === 1 ? stale.url : (await adapter.getRecording(call.id))!.url;
    };
    const realFetch = window.fetch.bind(window);
    const ranges: (string | null)[] = [];
    let cut = false;
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      const response = await realFetch(input, init);
      if (!String(input).includes('X-Amz-Signature')) return response; // the API itself
      ranges.push(new Headers(init?.headers).get('Range'));
      if (cut || response.status !== 200 || !response.body) return response;
      cut = true; // the first good response breaks after 20 kB
      const reader = response.body.getReader();
      let sent = 0;
      const broken = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done || sent >= 20_000) return controller.error(new TypeError('network error'));
          const part = value.subarray(0, 20_000 - sent);
          sent += part.length;
          controller.enqueue(part);
        },
      });
      return new Response(broken, { status: 200, headers: response.headers });
    });
    const options = { duration: call.durationSeconds!, buckets: bucketsFor(call.durationSeconds!), signal: new AbortController().signal };
    const resumed = await streamPeaksAnywhere({ ...options, getUrl }, 'wasm');
    vi.restoreAllMocks();
    const fresh = (await adapter.getRecording(call.id))!;
    const whole = await streamPeaksAnywhere({ ...options, getUrl: async () => fresh.url }, 'wasm');

    expect(asked.slice(0, 2)).toEqual([false, true]); // 403 on the stale one, then a fresh one
    expect(ranges[0]).toBeNull();
    const resumedAt = Number(/bytes=(\d+)-/.exec(ranges.at(-1) ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(10_000);
    expect(resumedAt).toBeLessThanOrEqual(20_000);
    let diff = 0;
    for (let i = 0; i < whole.peaks[0].length; i++) diff += Math.abs(whole.peaks[0][i]! - resumed.peaks[0][i]!);
    expect(diff / whole.peaks[0].length).toBeLessThan(0.02);
  });
});

// Streams a recording into peaks off the main thread in our worker, else (no worker allowed) with the
// WASM decoder's own worker, loaded only then.
import PeaksWorker from './peaks.worker.ts?worker&inline';
import type { FromWorker, ToWorker } from './protocol.js';
import { streamPeaks, StreamPeaksError, type DecoderKind, type StreamedPeaks, type StreamPeaksOptions } from './streamPeaks.js';
import { wasmDecoder } from './wasmDecoder.js';

export type PeaksStreamOptions = Omit<StreamPeaksOptions, 'decoder'>;

function inWorker(options: PeaksStreamOptions): Promise<StreamedPeaks> {
  let worker: Worker;
  try {
    worker = new PeaksWorker({ name: 'talkturo-peaks' });
  } catch (error) {
    return Promise.reject(new StreamPeaksError('unsupported', `No worker: ${(error as Error).message}`));
  }
  const send = (message: ToWorker) => worker.postMessage(message);
  return new Promise<StreamedPeaks>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      options.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The waveform stream was stopped', 'AbortError'));
    };
    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    // A worker that cannot start (a strict CSP, say) is not an error: the main thread takes over.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new StreamPeaksError('unsupported', event.message || 'The waveform worker failed to start'));
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'need-url') {
        options.getUrl(message.refused).then((url) => send({ type: 'url', url }), () => send({ type: 'url', url: null }));
      } else if (message.type === 'progress') {
        options.onProgress?.(message.peaks, message.reached);
      } else if (message.type === 'done') {
        finish();
        resolve({ peaks: message.peaks, channels: message.channels, duration: message.duration });
      } else {
        finish();
        reject(new StreamPeaksError(message.reason, message.message, message.status));
      }
    };
    send({ type: 'start', url: null, duration: options.duration, buckets: options.buckets });
  });
}

export async function streamPeaksAnywhere(options: PeaksStreamOptions, prefer: DecoderKind = 'worker'): Promise<StreamedPeaks & { decoder: DecoderKind }> {
  if (prefer === 'worker') {
    try {
      return { ...(await inWorker(options)), decoder: 'worker' };
    } catch (error) {
      if (!(error instanceof StreamPeaksError && error.reason === 'unsupported')) throw error;
    }
  }
  return { ...(await streamPeaks({ ...options, decoder: wasmDecoder })), decoder: 'wasm' };
}

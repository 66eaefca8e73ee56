// Worker side of the streamed waveform: decodes off the main thread and posts peaks as they grow.
// URLs come from the page, which owns the signed-URL refresh rules.
import { streamPeaks, StreamPeaksError, type DecoderFactory } from './streamPeaks.js';
import { inPlaceDecoder } from './inPlaceDecoder.js';
import { webCodecsDecoder } from './webCodecsDecoder.js';
import type { ToWorker } from './protocol.js';

const scope = self as unknown as { postMessage(message: unknown, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
// The page stops a stream by ending the worker: nothing here is ever aborted from inside.
const controller = new AbortController();

/**
 * mpg123 read in place: a fixed WASM heap and no object per frame, so an hour streams in tens of MB
 * (WebCodecs allocates two objects per 36 ms frame, which the worker's garbage collector frees late:
 * about twice the memory, measured). WebCodecs where the page's policy forbids WebAssembly.
 */
const decoder: DecoderFactory = async (first, sink) => {
  try {
    return await inPlaceDecoder(first, sink);
  } catch (error) {
    if (!(error instanceof StreamPeaksError && error.reason === 'unsupported')) throw error;
    return webCodecsDecoder(first, sink);
  }
};
let answerUrl: ((url: string | null) => void) | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'url') {
    answerUrl?.(message.url);
    answerUrl = null;
  } else if (message.type === 'start') {
    streamPeaks({
      decoder,
      duration: message.duration,
      buckets: message.buckets,
      signal: controller.signal,
      getUrl: (refused) => {
        if (!refused && message.url) {
          const first = message.url;
          message.url = null;
          return Promise.resolve(first);
        }
        return new Promise((resolve) => {
          answerUrl = resolve;
          scope.postMessage({ type: 'need-url', refused });
        });
      },
      onProgress: (peaks, reached) => scope.postMessage({ type: 'progress', peaks, reached }, [peaks[0].buffer, peaks[1].buffer]),
    }).then(
      (result) => scope.postMessage({ type: 'done', ...result }, [result.peaks[0].buffer, result.peaks[1].buffer]),
      (error: unknown) => {
        const e = error instanceof StreamPeaksError ? error : null;
        scope.postMessage({ type: 'error', reason: e?.reason ?? 'decode', message: (error as Error)?.message ?? String(error), status: e?.status });
      },
    );
  }
};

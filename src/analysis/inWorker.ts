// Runs the analysis in a worker of its own (loaded only for long calls); where a page forbids workers,
// the caller analyses on the main thread instead.
import AnalysisWorker from './analysis.worker.ts?worker&inline';
import type { AnalysisRequest } from './analysis.worker.js';
import type { ConversationAnalysis } from './analyzeConversation.js';

type Reply = { ok: true; analysis: ConversationAnalysis } | { ok: false; message: string };

export function analyzeInWorker(request: AnalysisRequest, signal?: AbortSignal): Promise<ConversationAnalysis> {
  const worker = new AnalysisWorker({ name: 'talkturo-conversation-analysis' });
  return new Promise<ConversationAnalysis>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The analysis was stopped', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The analysis worker failed to start'));
    };
    worker.onmessage = (event: MessageEvent<Reply>) => {
      finish();
      if (event.data.ok) resolve(event.data.analysis);
      else reject(new RangeError(event.data.message));
    };
    // Copies: the caller keeps drawing its peaks.
    worker.postMessage({ channels: request.channels.map((c) => Float32Array.from(c)), options: request.options });
  });
}

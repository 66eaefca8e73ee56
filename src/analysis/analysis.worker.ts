// Worker side of the conversation analysis: long calls are analysed here, off the page's main thread.
import { analyzeConversation, type AnalyzeOptions } from './analyzeConversation.js';

export interface AnalysisRequest {
  channels: Float32Array[];
  options: AnalyzeOptions;
}

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null };

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, analysis: analyzeConversation(event.data.channels, event.data.options) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

// The player's way in: short calls are analysed at once (a few milliseconds), long ones in a worker
// so an hour of peaks never holds up the page; a page that forbids workers still gets its figures.
import { analyzeConversation, type AnalyzeOptions, type ConversationAnalysis } from './analyzeConversation.js';

/** Calls longer than this (or with more slices than OFF_THREAD_SLICES) are analysed in a worker. */
export const OFF_THREAD_SECONDS = 10 * 60;
const OFF_THREAD_SLICES = 30_000;

export async function analyzeCall(channels: readonly Float32Array[], options: AnalyzeOptions, signal?: AbortSignal): Promise<ConversationAnalysis> {
  const long = options.durationSeconds > OFF_THREAD_SECONDS || (channels[0]?.length ?? 0) / 2 > OFF_THREAD_SLICES;
  if (long) {
    try {
      const { analyzeInWorker } = await import('./inWorker.js');
      return await analyzeInWorker({ channels: [...channels], options }, signal);
    } catch (error) {
      if ((error as Error).name === 'AbortError' || error instanceof RangeError) throw error;
    }
  }
  return analyzeConversation(channels, options);
}

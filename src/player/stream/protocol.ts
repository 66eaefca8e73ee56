// Messages between the page and the peaks worker.
import type { StreamPeaksError } from './streamPeaks.js';

export type ToWorker =
  | { type: 'start'; url: string | null; duration: number; buckets: number }
  | { type: 'url'; url: string | null };

export type FromWorker =
  | { type: 'need-url'; refused: boolean }
  | { type: 'progress'; peaks: [Float32Array, Float32Array]; reached: number }
  | { type: 'done'; peaks: [Float32Array, Float32Array]; channels: number; duration: number }
  | { type: 'error'; reason: StreamPeaksError['reason']; message: string; status?: number };

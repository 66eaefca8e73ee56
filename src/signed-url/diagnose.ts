// After repeated failures the storage is asked once what is wrong, so the message can say it.
import { PlayerError } from '../errors.js';
import { probeStorage } from '../net/probe.js';

/** Asks storage what it thinks of a URL: its HTTP status for two bytes. */
export type StorageProbe = (url: string, signal: AbortSignal) => Promise<number>;

export { probeStorage };

/** What the storage's answer means for a URL that kept failing (`failures`) or refreshing (`rate`). */
export function diagnosis(status: number, reason: 'rate' | 'failures'): PlayerError {
  if (status === 401 || status === 403) return new PlayerError('storage-refused', { status });
  if (status === 404) return new PlayerError('storage-missing', { status });
  if (status >= 200 && status < 300 && reason === 'failures') return new PlayerError('not-playable');
  return new PlayerError('refresh-limit');
}

export async function diagnose(url: string, reason: 'rate' | 'failures', probe: StorageProbe = probeStorage): Promise<PlayerError> {
  try {
    return diagnosis(await probe(url, AbortSignal.timeout(10_000)), reason);
  } catch (cause) {
    return new PlayerError('storage-unreachable', { cause });
  }
}

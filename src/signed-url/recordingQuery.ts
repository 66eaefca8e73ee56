// The query for a recording's signed URL. Only SignedRecording fetches it, and always anew: the
// cache holds no URL (gcTime 0), so a host's invalidations and defaults never reach a playing URL.
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { CallsAdapter, RecordingSource } from '../types.js';
import { shouldRetry } from '../adapter/errors.js';
import { callKeys } from '../queries/keys.js';

export interface FetchedRecording {
  source: RecordingSource | null;
  /** When this browser asked for the URL (its own clock): lifetimes are counted from here. */
  issuedAt: number;
}

export function recordingOptions(adapter: CallsAdapter | undefined, callId: string, variant?: 'original') {
  return queryOptions({
    queryKey: adapter ? callKeys.recording(adapter, callId, variant) : ['talkturo-calls', 'no-adapter', 'recording', callId],
    queryFn: adapter
      ? async ({ signal }): Promise<FetchedRecording> => {
        // Counted from before the request: a URL signed for this request cannot be older than that,
        // and parsing a large answer (peaks) must not make it look younger than it is.
        const issuedAt = Date.now();
        // A host's own adapter is checked too: a malformed source becomes a clear error here. The
        // checks' code (peaks in every format) comes while the answer does.
        const [answer, { assertRecordingSource }] = await Promise.all([
          adapter.getRecording(callId, variant ? { signal, variant } : { signal }),
          import('../adapter/validateRecording.js'),
        ]);
        return { source: assertRecordingSource(answer), issuedAt };
      }
      : skipToken,
    staleTime: 0,
    gcTime: 0,
    retry: shouldRetry,
  });
}

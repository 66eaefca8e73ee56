import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CallsAdapter, RecordingSource } from '../types.js';
import { recordingOptions } from '../queries/options.js';
import { refetchDelay } from './expiry.js';

/**
 * A call's recording source, refetched shortly before its signed URL expires. `fetchFresh` asks the
 * adapter for a new URL now (after a 403), sharing one request with any refresh already running.
 */
export function useSignedRecording(adapter: CallsAdapter | undefined, callId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...recordingOptions(adapter!, callId),
    enabled: Boolean(adapter) && Boolean(callId),
    refetchInterval: (q) => {
      const data = q.state.data;
      if (!data?.source || q.state.status === 'error') return false;
      return refetchDelay(data.source.expiresAt, data.issuedAt, Date.now());
    },
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
  });
  const fetchFresh = useCallback(async (): Promise<RecordingSource | null> => {
    // staleTime 0 forces a new URL; a fetch already in flight is shared rather than doubled.
    const data = await queryClient.fetchQuery({ ...recordingOptions(adapter!, callId), staleTime: 0 });
    return data.source;
  }, [adapter, callId, queryClient]);
  return { query, fetchFresh };
}

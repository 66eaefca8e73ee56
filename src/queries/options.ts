import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { CallListQuery, CallsAdapter, RecordingSource } from '../types.js';
import { isPermanentError } from '../adapter/errors.js';
import { assertRecordingSource } from '../adapter/validate.js';
import { msUntilRefresh } from '../signed-url/expiry.js';
import { callKeys } from './keys.js';

/** Up to two more tries for errors another try can fix (network, 5xx); none for the rest. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return failureCount < 2 && !isPermanentError(error);
}

export function callListOptions(adapter: CallsAdapter, query: Omit<CallListQuery, 'cursor'>) {
  return infiniteQueryOptions({
    queryKey: callKeys.list(adapter, query),
    queryFn: ({ pageParam, signal }) =>
      adapter.listCalls(pageParam === null ? query : { ...query, cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    retry: shouldRetry,
  });
}

export function callDetailOptions(adapter: CallsAdapter, callId: string) {
  return queryOptions({
    queryKey: callKeys.detail(adapter, callId),
    queryFn: ({ signal }) => adapter.getCall(callId, { signal }),
    retry: shouldRetry,
  });
}

export interface FetchedRecording {
  source: RecordingSource | null;
  /** When this URL was handed out, so freshness can be measured against its lifetime. */
  issuedAt: number;
}

export function recordingOptions(adapter: CallsAdapter, callId: string) {
  return queryOptions({
    queryKey: callKeys.recording(adapter, callId),
    queryFn: async ({ signal }): Promise<FetchedRecording> => {
      const issuedAt = Date.now();
      // A host's own adapter is checked too: a malformed source becomes a clear error here.
      const source = assertRecordingSource(await adapter.getRecording(callId, { signal }));
      return { source, issuedAt };
    },
    // Fresh until shortly before the signed URL expires, never longer.
    staleTime: (query) => {
      const data = query.state.data;
      return data?.source ? msUntilRefresh(data.source.expiresAt, data.issuedAt, Date.now()) : 0;
    },
    // A signed URL is worthless once expired; there is no point keeping it around.
    gcTime: 0,
    retry: shouldRetry,
  });
}

export function assistantsOptions(adapter: CallsAdapter) {
  return queryOptions({
    queryKey: callKeys.assistants(adapter),
    queryFn: ({ signal }) => (adapter.listAssistants ? adapter.listAssistants({ signal }) : Promise.resolve([])),
    staleTime: 5 * 60_000,
    retry: shouldRetry,
  });
}

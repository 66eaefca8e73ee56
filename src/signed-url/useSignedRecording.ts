import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { CallsAdapter } from '../types.js';
import { PlayerError } from '../errors.js';
import { SignedRecording, type SignedRecordingState } from './SignedRecording.js';
import { recordingOptions } from './recordingQuery.js';

const NO_ADAPTER: SignedRecordingState = { status: 'error', source: null, error: new PlayerError('no-adapter') };

/**
 * The owner of one call's signed recording URL, created once per (client, adapter, call id, attempt),
 * as TanStack creates an observer. Subscribing starts it; the last unsubscribe (unmount, or a new key)
 * stops its timers and wake-up listeners, so StrictMode's second mount simply subscribes again.
 */
export function useSignedRecording(adapter: CallsAdapter | undefined, callId: string, attempt = 0, variant?: 'original') {
  const queryClient = useQueryClient();
  const owner = useMemo(
    () => adapter && new SignedRecording({
      // Always a new URL (staleTime 0), one request shared with any already in flight.
      fetchSource: () => queryClient.fetchQuery({ ...recordingOptions(adapter, callId, variant), staleTime: 0 }),
    }),
    // `attempt` makes Retry start from a clean owner.
    [queryClient, adapter, callId, attempt, variant],
  );
  const state = useSyncExternalStore(owner?.subscribe ?? noSubscribe, owner?.getSnapshot ?? noAdapter, owner?.getSnapshot ?? noAdapter);
  return { owner: owner ?? null, state };
}

const noSubscribe = () => () => undefined;
const noAdapter = () => NO_ADAPTER;

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
export function useSignedRecording(adapter: CallsAdapter | undefined, callId: string, attempt = 0, variant?: 'original', side?: 'assistant' | null) {
  const queryClient = useQueryClient();
  const owner = useMemo(
    () => (!adapter || side === null ? null : new SignedRecording({
      // Always a new URL (staleTime 0), one request shared with any already in flight.
      fetchSource: async () => {
        const fetched = await queryClient.fetchQuery({ ...recordingOptions(adapter, callId, variant), staleTime: 0 });
        // The assistant's file of a two-file recording: its own URL, renewed by this owner.
        const file = side && fetched.source?.channels?.[side];
        return file ? { ...fetched, source: { ...fetched.source!, ...file } } : fetched;
      },
    })),
    // `attempt` makes Retry start from a clean owner.
    [queryClient, adapter, callId, attempt, variant, side],
  );
  const idle = side === null ? noOwner : noAdapter;
  const state = useSyncExternalStore(owner?.subscribe ?? noSubscribe, owner?.getSnapshot ?? idle, owner?.getSnapshot ?? idle);
  return { owner, state };
}

const noSubscribe = () => () => undefined;
const noAdapter = () => NO_ADAPTER;
const NO_OWNER: SignedRecordingState = { status: 'none', source: null, error: null };
const noOwner = () => NO_OWNER;

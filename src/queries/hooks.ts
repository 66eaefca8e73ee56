import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { CallListQuery, CallsAdapter } from '../types.js';
import { callDetailOptions, callListOptions, recordingOptions } from './options.js';

export const useCallList = (adapter: CallsAdapter, query: Omit<CallListQuery, 'cursor'>) => useInfiniteQuery(callListOptions(adapter, query));
export const useCallDetail = (adapter: CallsAdapter, callId: string) => useQuery(callDetailOptions(adapter, callId));
export const useRecordingSource = (adapter: CallsAdapter, callId: string) => useQuery(recordingOptions(adapter, callId));

import { useInfiniteQuery } from '@tanstack/react-query';
import type { CallListQuery, CallsAdapter } from '../types.js';
import { callListOptions } from './options.js';

export const useCallList = (adapter: CallsAdapter, query: Omit<CallListQuery, 'cursor'>) => useInfiniteQuery(callListOptions(adapter, query));

import { infiniteQueryOptions, queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import type { CallListQuery, CallsAdapter } from '../types.js';
import { shouldRetry } from '../adapter/errors.js';
import { problemsOf } from '../adapter/problems.js';
import { callKeys } from './keys.js';
import { cursorAfter } from './cursor.js';

export function callListOptions(adapter: CallsAdapter, query: Omit<CallListQuery, 'cursor'>) {
  return infiniteQueryOptions({
    queryKey: callKeys.list(adapter, query),
    queryFn: ({ pageParam, signal }) =>
      adapter.listCalls(pageParam === null ? query : { ...query, cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page, _pages, _last, params) => cursorAfter(page, params),
    retry: shouldRetry,
  });
}

export function callDetailOptions(adapter: CallsAdapter, callId: string) {
  return queryOptions({
    queryKey: callKeys.detail(adapter, callId),
    queryFn: ({ signal }) => adapter.getCall(callId, { signal }),
    // A host's `placeholderData: keepPreviousData` default would show the previous call as this one.
    placeholderData: undefined,
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

/** A call's notes, in time order; empty for an adapter without notes. */
export function annotationsOptions(adapter: CallsAdapter, callId: string) {
  return queryOptions({
    queryKey: callKeys.annotations(adapter, callId),
    queryFn: async ({ signal }) => {
      const list = adapter.listAnnotations ? await adapter.listAnnotations(callId, { signal }) : [];
      const problems = problemsOf(list);
      const sorted = [...list].sort((a, b) => a.start - b.start);
      return problems.length ? Object.assign(sorted, { problems }) : sorted;
    },
    // Shared structure would drop what the list carries besides its notes: a list with problems is kept whole.
    structuralSharing: (old: unknown, next: unknown) => (problemsOf(next).length ? next : replaceEqualDeep(old, next)),
    enabled: !!adapter.listAnnotations,
    retry: shouldRetry,
  });
}

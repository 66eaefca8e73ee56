import { hashKey, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Assistant, CallsAdapter, CallSummary } from '../types.js';
import { assistantsOptions, callListOptions } from '../queries/options.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useDebouncedValue } from '../shared/useDebouncedValue.js';
import { useLocalDay } from '../shared/useLocalDay.js';
import { DEFAULT_SORT, EMPTY_FILTERS, filtersToQuery, type CallLogFilters, type CallLogSort } from './filters.js';

/** One empty list, so that what receives it can tell nothing changed. */
const NO_ASSISTANTS: Assistant[] = [];

export interface UseCallLogOptions {
  adapter: CallsAdapter;
  filters?: CallLogFilters | undefined;
  defaultFilters?: CallLogFilters | undefined;
  onFiltersChange?: ((filters: CallLogFilters) => void) | undefined;
  sort?: CallLogSort | undefined;
  defaultSort?: CallLogSort | undefined;
  onSortChange?: ((sort: CallLogSort) => void) | undefined;
  selectedCallId?: string | null | undefined;
  defaultSelectedCallId?: string | null | undefined;
  onSelectedCallIdChange?: ((callId: string | null, call: CallSummary | null) => void) | undefined;
  onSelectCall?: ((call: CallSummary) => void) | undefined;
  pageSize?: number | undefined;
  searchDebounceMs?: number | undefined;
}

/** The call log's behaviour: filters → query, pages, selection, and the keyboard's active row. */
export function useCallLog(options: UseCallLogOptions) {
  const { adapter, pageSize = 100, searchDebounceMs = 300 } = options;
  const queryClient = useQueryClient();
  const [filters, setFilters] = useControllableState(options.filters, options.defaultFilters ?? EMPTY_FILTERS, options.onFiltersChange);
  const [sort, setSort] = useControllableState(options.sort, options.defaultSort ?? DEFAULT_SORT, options.onSortChange);
  const [ownSelected, setOwnSelected] = useState<string | null>(options.defaultSelectedCallId ?? null);
  const selectedId = options.selectedCallId !== undefined ? options.selectedCallId : ownSelected;
  const now = useLocalDay();
  const search = useDebouncedValue(filters.search, searchDebounceMs);
  const query = useMemo(() => filtersToQuery({ ...filters, search }, sort, now, pageSize), [filters, search, sort, now, pageSize]);

  const list = useInfiniteQuery(callListOptions(adapter, query));
  const assistants = useQuery({ ...assistantsOptions(adapter), enabled: Boolean(adapter.listAssistants) });

  // A new query makes the old one's requests pointless: abort them (never the current one).
  const key = callListOptions(adapter, query).queryKey;
  const keyHash = hashKey(key);
  const previousKey = useRef<{ key: readonly unknown[]; hash: string } | null>(null);
  useEffect(() => {
    const before = previousKey.current;
    previousKey.current = { key, hash: keyHash };
    if (before && before.hash !== keyHash) void queryClient.cancelQueries({ queryKey: before.key, exact: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the hash
  }, [keyHash, queryClient]);

  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.calls) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total;

  const [activeIndex, setActiveIndex] = useState(0);
  useEffect(() => setActiveIndex(0), [query]);
  const clampedActive = Math.min(activeIndex, Math.max(0, rows.length - 1));

  const handlers = useRef(options);
  handlers.current = options;
  const select = useCallback((call: CallSummary) => {
    setOwnSelected(call.id);
    handlers.current.onSelectedCallIdChange?.(call.id, call);
    handlers.current.onSelectCall?.(call);
  }, []);

  const loadMoreNear = useCallback(
    (lastVisibleIndex: number) => {
      if (list.hasNextPage && !list.isFetchingNextPage && !list.isFetchNextPageError && lastVisibleIndex >= rows.length - Math.max(20, pageSize / 2)) {
        void list.fetchNextPage();
      }
    },
    [list, rows.length, pageSize],
  );

  const [exported, setExported] = useState<number | null>(null);
  const [exportNote, setExportNote] = useState<{ count: number; stopped: 'limit' | 'cursor' } | null>(null);
  const exportAbort = useRef<AbortController | null>(null);
  useEffect(() => () => exportAbort.current?.abort(), []);
  const exportCsv = useCallback(async () => {
    if (exportAbort.current) return;
    const controller = new AbortController();
    exportAbort.current = controller;
    setExported(0);
    setExportNote(null);
    try {
      const { exportCalls } = await import('./exportCalls.js');
      const { count, stopped } = await exportCalls(adapter, query, controller.signal, (n) => !controller.signal.aborted && setExported(n));
      if (stopped && !controller.signal.aborted) setExportNote({ count, stopped });
    } finally {
      exportAbort.current = null;
      if (!controller.signal.aborted) setExported(null);
    }
  }, [adapter, query]);

  return {
    filters, setFilters, sort, setSort, query, list, rows, total, assistants: assistants.data ?? NO_ASSISTANTS,
    selectedId, select, activeIndex: clampedActive, setActiveIndex, loadMoreNear, exportCsv, exported, exportNote,
  };
}

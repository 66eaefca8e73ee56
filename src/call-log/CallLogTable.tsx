import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type ForwardedRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { AnnotationLabel, CallsAdapter, CallSummary } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { EN_LOG_WORDS } from '../i18n/messages.log.js';
import { fillMessage } from '../format.js';
import { requireAdapter, useCallsContext } from '../queries/provider.js';
import { Guarded } from '../shared/Guarded.js';
import { COLUMNS, DEFAULT_COLUMNS, fitColumns, STACK_BELOW, stackedColumns, type CallLogColumnId } from './columns.js';
import { activeFilterCount, EMPTY_FILTERS, nextSort, type CallLogFilters, type CallLogSort } from './filters.js';
import { callFormatters } from './format.js';
import { CallLogToolbar } from './CallLogToolbar.js';
import { useCallLog } from './useCallLog.js';
import { useRowWindow } from './useRowWindow.js';
import { CallRow } from './CallRow.js';
import { rootStyling, StylingProvider, usePartFrom, useStyling, type StylingProps } from '../theme/parts.js';
import { useTokenPx } from '../theme/tokens.js';
import { useReportProblems } from '../shared/useReportProblems.js';
import { useElementWidth } from '../shared/useElementWidth.js';
import { joinClasses } from '../shared/joinClasses.js';
import type { CallRowPlayer, RowPlayback } from './CallRowPlayer.js';

export type { RowPlayback };

export type CallLogTablePart = 'root' | 'toolbar' | 'search' | 'filters-toggle' | 'filter-set' | 'menu' | 'export' | 'export-note' | 'sort' | 'summary' | 'grid' | 'head' | 'body' | 'row' | 'skeleton-row' | 'empty' | 'error' | 'status' | 'recording' | 'sr-only' | 'row-play';

export interface CallLogTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'children'>, StylingProps<CallLogTablePart> {
  adapter?: CallsAdapter;
  /** Controlled selection (null: none); leave undefined to let the table keep it. */
  selectedCallId?: string | null;
  /** The call selected at first when the table keeps the selection. */
  defaultSelectedCallId?: string | null;
  /**
   * The user picked a call (click, Enter); the summary is the row's. A call that was played from its row
   * comes with where it was (`rowPlayer`): the row pauses, the host carries on from there (CallLogs does).
   */
  onSelectedCallIdChange?: (callId: string | null, call: CallSummary | null, playback?: RowPlayback) => void;
  /** @deprecated Use `onSelectedCallIdChange`; still called. */
  onSelectCall?: (call: CallSummary) => void;
  filters?: CallLogFilters;
  defaultFilters?: CallLogFilters;
  onFiltersChange?: (filters: CallLogFilters) => void;
  sort?: CallLogSort;
  defaultSort?: CallLogSort;
  onSortChange?: (sort: CallLogSort) => void;
  /** Which columns show, in this order (with `annotationLabels`, a Labels column is added by default). */
  columns?: readonly CallLogColumnId[];
  /** The labels of notes: a Labels column (when the list sends `labels`) and a filter by label. */
  annotationLabels?: readonly AnnotationLabel[];
  messages?: Partial<Messages>;
  /** BCP 47 tag for dates, numbers and durations; default the provider's, then the runtime's. */
  locale?: string;
  onError?: (error: Error) => void;
  /**
   * `CallRowPlayer`: a Play button on each row with a recording, in a first column (or where `columns`
   * puts `'play'`). One call plays at a time, its position shows along its row, Space plays or pauses the
   * active row. A table without it loads none of the player (`CallRowPlayer` loads it when a row plays).
   */
  rowPlayer?: typeof CallRowPlayer;
  /**
   * Rows per request.
   * @default 100
   */
  pageSize?: number;
}

const NO_PAGES: readonly unknown[] = [];
const NO_LABELS: readonly AnnotationLabel[] = [];
const WITH_LABELS: readonly CallLogColumnId[] = [...DEFAULT_COLUMNS, 'labels'];

/** Until the token is read (and on the server); the real value is `--tt-row-height`. */
const DEFAULT_ROW_HEIGHT = 44;
/** Below this width (px) the filters fold behind one button. */
const COMPACT_TOOLBAR_BELOW = 720;

function LogBody({ adapter: adapterProp, messages: messagesProp, locale: localeProp, columns: columnsProp, annotationLabels = NO_LABELS, onError, classNames, unstyled, theme, className, style, forwardedRef, ...props }: CallLogTableProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const { adapter, messages: m, locale } = useCallsContext(EN_LOG_WORDS, { adapter: adapterProp, messages: messagesProp, locale: localeProp }, 'CallLogTable');
  const styling = useStyling({ classNames, unstyled, theme });
  const part = usePartFrom(styling);
  const { onSelectCall, selectedCallId, defaultSelectedCallId, onSelectedCallIdChange: onSelectedChange, filters: f, defaultFilters, onFiltersChange, sort: s, defaultSort, onSortChange, pageSize, rowPlayer: RowPlayer, ...rest } = props;
  const onSelectedCallIdChange = onSelectedChange && ((id: string | null, call: CallSummary | null) => {
    const playback = rowPlay?.handOff(id);
    if (playback) onSelectedChange(id, call, playback);
    else onSelectedChange(id, call);
  });
  const log = useCallLog({
    adapter: requireAdapter(adapter), filters: f, defaultFilters, onFiltersChange, sort: s, defaultSort, onSortChange,
    selectedCallId, defaultSelectedCallId, onSelectedCallIdChange, onSelectCall, pageSize,
  });
  const { list, rows } = log;
  const asked = columnsProp ?? (annotationLabels.length ? WITH_LABELS : DEFAULT_COLUMNS);
  const columns = RowPlayer && !asked.includes('play') ? ['play' as const, ...asked] : asked;
  const format = useMemo(() => {
    const names = new Map(annotationLabels.map((l) => [l.id, l.name]));
    return { ...callFormatters(locale), labels: (ids: readonly string[] | undefined) => (ids ?? []).map((id) => names.get(id) ?? id).join(', ') };
  }, [locale, annotationLabels]);
  const count = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Columns fit the width the log gets: the lower-priority ones give way (a split layout, a phone).
  const width = useElementWidth(scrollRef);
  // Phone-sized: each call on two lines (number and status; when, how long, recording) instead of two columns.
  const stacked = width > 0 && width < STACK_BELOW;
  const shown = useMemo(() => (stacked ? stackedColumns(columns) : fitColumns(columns, width)), [columns, width, stacked]);
  const shownKey = shown.join(' ');
  // The same array while the columns stay: the memoized rows compare it by identity.
  const defs = useMemo(() => shownKey.split(' ').filter(Boolean).map((c) => COLUMNS[c as CallLogColumnId]), [shownKey]);
  const template = defs.map((d) => `minmax(${d.width}px, ${d.width}fr)`).join(' ');

  const rowHeight = useTokenPx(scrollRef, '--tt-row-height', DEFAULT_ROW_HEIGHT, [className, styling.theme, styling.unstyled, stacked]);
  const view = useRowWindow(scrollRef, rows.length, rowHeight, 6, rowHeight);
  const items = view.end >= view.start ? Array.from({ length: view.end - view.start + 1 }, (_, i) => view.start + i) : [];
  const lastVisible = view.end;
  const { loadMoreNear } = log;
  // One handler for every row, so a row's props change only when the row does.
  const latest = useRef(log);
  latest.current = log;
  const reportError = useRef(onError);
  reportError.current = onError;
  const exportCsv = useCallback(() => void latest.current.exportCsv().catch((e: Error) => reportError.current?.(e)), []);
  const pick = useCallback((index: number, call: CallSummary) => {
    latest.current.setActiveIndex(index);
    latest.current.select(call);
    scrollRef.current?.focus({ preventScroll: true });
  }, []);
  // (The body is keyed by whether rows play: the row player's hooks come and go with it.)
  const rowPlay = RowPlayer?.useRows({
    m, format, part, adapter, messages: messagesProp, locale, unstyled: styling.unstyled, onError: reportError,
    activate: (index) => {
      latest.current.setActiveIndex(index);
      scrollRef.current?.focus({ preventScroll: true });
    },
  });
  // Fetch the next page before the user reaches the end.
  useEffect(() => {
    if (rows.length) loadMoreNear(lastVisible);
  }, [lastVisible, rows.length, loadMoreNear]);
  useReportProblems(list.data?.pages ?? NO_PAGES, onError);
  useEffect(() => {
    if (list.error) onError?.(list.error);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report each error once
  }, [list.error]);

  const state = list.isPending ? 'loading' : list.isError && !list.data ? 'error' : rows.length === 0 ? 'empty' : 'ready';
  const activeRendered = log.activeIndex >= view.start && log.activeIndex <= view.end;

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    log.setActiveIndex(next);
    view.scrollToIndex(next);
    log.loadMoreNear(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys on a sort button are the button's own.
    if (!rows.length || event.target !== event.currentTarget) return;
    const grid = scrollRef.current;
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && grid && grid.scrollWidth > grid.clientWidth) {
      // What is wider than the log scrolls sideways by keyboard too.
      event.preventDefault();
      grid.scrollLeft += (event.key === 'ArrowRight' ? 1 : -1) * 48; // visual direction, in RTL too
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(log.activeIndex + 1),
      ArrowUp: () => move(log.activeIndex - 1),
      PageDown: () => move(log.activeIndex + page),
      PageUp: () => move(log.activeIndex - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => rows[log.activeIndex] && log.select(rows[log.activeIndex]!),
      ' ': () => {
        const call = rows[log.activeIndex];
        if (call && rowPlay && defs.some((d) => d.id === 'play')) rowPlay.key(call);
        else if (call) log.select(call);
      },
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };
  const sortHeader = (field: NonNullable<(typeof defs)[number]['sort']>) => log.setSort(nextSort(log.sort, field));

  const plural = new Intl.PluralRules(locale).select(rows.length) === 'one' ? m.callCountOne : m.callCount;
  const listed = log.total !== undefined && rows.length < log.total
    ? fillMessage(m.callCountOfTotal, { count: count.format(rows.length), total: count.format(log.total) })
    : fillMessage(plural, { count: count.format(rows.length) });
  // Rows the backend sent that could not be read are said, not silently left out.
  const unreadable = (list.data?.pages ?? []).reduce((sum, page) => sum + (page.unreadable ?? 0), 0);
  const summary = unreadable ? `${listed} · ${fillMessage(m.unreadableCalls, { count: count.format(unreadable) })}` : listed;

  return (
    <StylingProvider value={styling}>
    <div
      ref={forwardedRef}
      {...rest}
      className={joinClasses(className, styling.classNames.root)}
      {...rootStyling(styling)}
      style={{ ...style, ['--tt-log-columns' as string]: template }}
      data-talkturo-root=""
      data-talkturo-log=""
      data-state={state}
      data-layout={stacked ? 'stacked' : undefined}
    >
      <CallLogToolbar
        m={m} filters={log.filters} onFilters={log.setFilters} sort={log.sort} onSort={log.setSort} assistants={log.assistants}
        labels={annotationLabels}
        exported={log.exported}
        exportNote={log.exportNote}
        onExport={exportCsv}
        compact={width > 0 && width < COMPACT_TOOLBAR_BELOW}
      />
      <p {...part('summary')} aria-live="polite">{state === 'loading' ? m.loadingCalls : state === 'error' ? '' : summary}</p>
      <div
        ref={scrollRef}
        {...part('grid')}
        role="grid"
        aria-label={m.callLog}
        aria-rowcount={log.total !== undefined ? log.total + 1 : -1}
        aria-colcount={defs.length}
        aria-busy={list.isFetching}
        aria-activedescendant={activeRendered && rows.length ? `${id}-row-${log.activeIndex}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" {...part('head')}>
          <div role="row" aria-rowindex={1} {...part('row')}>
            {defs.map((d) => (
              <div
                key={d.id}
                role="columnheader"
                data-align={d.align}
                aria-sort={d.sort && log.sort.field === d.sort ? (log.sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
                data-sortable={d.sort ? '' : undefined}
              >
                {/* Stacked, the header is for screen readers only: sorting is the toolbar's. */}
                {d.sort && !stacked ? (
                  <button type="button" {...part('sort')} onClick={() => sortHeader(d.sort!)}>
                    {d.header(m, part)}
                    {log.sort.field === d.sort && <span aria-hidden="true">{log.sort.order === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </button>
                ) : d.header(m, part)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" {...part('body')} style={{ height: state === 'loading' ? rowHeight * 8 : view.totalHeight }}>
          {state === 'loading' &&
            Array.from({ length: 8 }, (_, i) => <div key={i} {...part('skeleton-row')} aria-hidden="true" style={{ top: i * rowHeight }} />)}
          {items.map((index) => {
            const call = rows[index]!;
            return (
              <CallRow
                key={call.id}
                call={call}
                index={index}
                rowId={`${id}-row-${index}`}
                top={index * rowHeight}
                selected={call.id === log.selectedId}
                active={index === log.activeIndex}
                defs={defs}
                format={format}
                m={m}
                part={part}
                onPick={pick}
                playing={call.id === rowPlay?.playingId}
                playCell={rowPlay?.cell}
              />
            );
          })}
        </div>
      </div>
      {rowPlay?.root(rows.findIndex((r) => r.id === rowPlay.playingId))}
      {state === 'empty' && (
        <div {...part('empty')}>
          <p>{activeFilterCount(log.filters) ? m.noMatchingCalls : m.noCalls}</p>
          {activeFilterCount(log.filters) > 0 && <button type="button" onClick={() => log.setFilters(EMPTY_FILTERS)}>{m.clearFilters}</button>}
        </div>
      )}
      {state === 'error' && (
        <div {...part('error')} role="alert">
          <p>{list.error?.message}</p>
          <button type="button" onClick={() => void list.refetch()}>{m.retry}</button>
        </div>
      )}
      {list.isFetchNextPageError && (
        <div {...part('error')} role="alert">
          <p>{m.loadMoreFailed} {list.error?.message}</p>
          <button type="button" onClick={() => void list.fetchNextPage()}>{m.retry}</button>
        </div>
      )}
    </div>
    </StylingProvider>
  );
}

/** Call history: filters, server-side sort, cursor paging, and virtualized rows with one tab stop. */
export const CallLogTable = forwardRef<HTMLDivElement, CallLogTableProps>(function CallLogTable(props, ref) {
  return (
    <Guarded part="log" forwardedRef={ref} className={props.className} onError={props.onError} messages={props.messages}>
      <LogBody key={props.rowPlayer ? 'rows-play' : ''} {...props} forwardedRef={ref} />
    </Guarded>
  );
});

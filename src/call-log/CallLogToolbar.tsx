import { memo, useId, useState } from 'react';
import type { AnnotationLabel, Assistant, CallDirection } from '../types.js';
import { CALL_DIRECTIONS } from '../types.js';
import type { LogWords } from '../i18n/messages.log.js';
import { fillMessage } from '../format.js';
import { activeFilterCount, EMPTY_FILTERS, toggleIn, type CallLogFilters, type CallLogSort, type DateRange } from './filters.js';
import { directionText, statusText } from '../format.js';
import { usePart } from '../theme/parts.js';

const STATUSES = ['completed', 'in-progress', 'no-answer', 'busy', 'failed', 'canceled'];

// Newest, longest or dearest first, and the other way round.
const SORTS = (['startedAt', 'durationSeconds', 'costUsd'] as const).flatMap((field) => (['desc', 'asc'] as const).map((order) => ({ value: `${field}:${order}`, field, order })));
const SORT_WORDS = { startedAt: 'columnStartedAt', durationSeconds: 'columnDuration', costUsd: 'columnCost' } as const;

interface Props {
  m: LogWords;
  filters: CallLogFilters;
  onFilters: (next: CallLogFilters) => void;
  sort: CallLogSort;
  onSort: (next: CallLogSort) => void;
  assistants: Assistant[];
  /** The labels calls' notes may carry: a filter by them. */
  labels: readonly AnnotationLabel[];
  onExport: () => void;
  exported: number | null;
  exportNote: { count: number; stopped: 'limit' | 'cursor' } | null;
  /** A narrow log: the filters fold behind one button that says how many are active. */
  compact: boolean;
}

function CheckMenu<T extends string>({ label, values, selected, text, onToggle }: {
  label: string; values: readonly T[]; selected: readonly T[]; text: (v: T) => string; onToggle: (v: T) => void;
}) {
  const part = usePart();
  return (
    <details {...part('menu')}>
      <summary>{selected.length ? `${label} (${selected.length})` : label}</summary>
      <fieldset>
        <legend {...part('sr-only')}>{label}</legend>
        {values.map((v) => (
          <label key={v}>
            <input type="checkbox" checked={selected.includes(v)} onChange={() => onToggle(v)} /> {text(v)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Filters, sort and export above the call log: native controls, each labelled. */
/** Memoized: the grid scrolling re-renders the table, not its toolbar. */
export const CallLogToolbar = memo(function CallLogToolbar({ m, filters, onFilters, sort, onSort, assistants, labels, onExport, exported, exportNote, compact }: Props) {
  const part = usePart();
  const id = useId();
  const [unfolded, setUnfolded] = useState(false);
  const set = (patch: Partial<CallLogFilters>) => onFilters({ ...filters, ...patch });
  const active = activeFilterCount(filters);
  const folded = compact && !unfolded;
  return (
    <div {...part('toolbar')} role="group" aria-label={m.filters} data-compact={compact || undefined}>
      <input
        type="search"
        {...part('search')}
        aria-label={m.searchCalls}
        placeholder={m.searchPlaceholder}
        value={filters.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
      />
      {compact && (
        <button type="button" {...part('filters-toggle')} aria-expanded={unfolded} aria-controls={`${id}-filters`} onClick={() => setUnfolded((v) => !v)}>
          {active > 0 ? fillMessage(m.filtersActive, { count: active }) : m.filters}
        </button>
      )}
      <div id={`${id}-filters`} {...part('filter-set')} hidden={folded}>
      <select aria-label={m.dateRange} value={filters.range} onChange={(e) => set({ range: e.currentTarget.value as DateRange })}>
        <option value="all">{m.rangeAll}</option>
        <option value="today">{m.rangeToday}</option>
        <option value="last7">{m.rangeLast7}</option>
        <option value="last30">{m.rangeLast30}</option>
        <option value="custom">{m.rangeCustom}</option>
      </select>
      {filters.range === 'custom' && (
        <>
          <input type="date" aria-label={m.dateFrom} value={filters.from ?? ''} max={filters.to} onChange={(e) => set({ from: e.currentTarget.value })} />
          <input type="date" aria-label={m.dateTo} value={filters.to ?? ''} min={filters.from} onChange={(e) => set({ to: e.currentTarget.value })} />
        </>
      )}
      <CheckMenu label={m.statusFilter} values={STATUSES} selected={filters.status} text={(s) => statusText(m, s)} onToggle={(s) => set({ status: toggleIn(filters.status, s) })} />
      <CheckMenu<CallDirection> label={m.directionFilter} values={CALL_DIRECTIONS} selected={filters.direction} text={(d) => directionText(m, d)} onToggle={(d) => set({ direction: toggleIn(filters.direction, d) })} />
      {assistants.length > 0 && (
        <select aria-label={m.assistantFilter} value={filters.assistantId ?? ''} onChange={(e) => set({ assistantId: e.currentTarget.value || undefined })}>
          <option value="">{m.allAssistants}</option>
          {assistants.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      )}
      {labels.length > 0 && (
        <select aria-label={m.labelFilter} value={filters.labelId ?? ''} onChange={(e) => set({ labelId: e.currentTarget.value || undefined })}>
          <option value="">{m.allLabels}</option>
          {labels.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      )}
      <select
        id={`${id}-sort`}
        aria-label={m.sortBy}
        value={`${sort.field}:${sort.order}`}
        onChange={(e) => {
          const picked = SORTS.find((s) => s.value === e.currentTarget.value);
          if (picked) onSort({ field: picked.field, order: picked.order });
        }}
      >
        {SORTS.map((s) => <option key={s.value} value={s.value}>{`${m[SORT_WORDS[s.field]]}, ${s.order === 'desc' ? m.sortDescending : m.sortAscending}`}</option>)}
      </select>
      {active > 0 && (
        <button type="button" onClick={() => onFilters(EMPTY_FILTERS)}>{m.clearFilters}</button>
      )}
      </div>
      <button type="button" {...part('export')} onClick={onExport} disabled={exported !== null} aria-busy={exported !== null}>
        {exported === null ? m.exportCsv : fillMessage(m.exporting, { count: exported })}
      </button>
      <span {...part('export-note')} role="status">
        {exportNote && fillMessage(exportNote.stopped === 'limit' ? m.exportCapped : m.exportCursorRepeated, { count: exportNote.count })}
      </span>
    </div>
  );
});

// The call log's words, in English: all the table needs, so a page with the log alone carries no
// player or panel words. Part of `Messages`; German in messages.de.ts.
import { EN_COMMON_MESSAGES, type CommonMessages } from './messages.common.js';

export interface LogMessages {
  callLog: string;
  columnStartedAt: string;
  columnDirection: string;
  columnFrom: string;
  columnTo: string;
  columnAssistant: string;
  columnStatus: string;
  columnDuration: string;
  columnCost: string;
  columnRecording: string;
  /** The column of each row's Play button (`playInRows`); its header is for screen readers. */
  columnPlay: string;
  filters: string;
  dateRange: string;
  rangeAll: string;
  rangeToday: string;
  rangeLast7: string;
  rangeLast30: string;
  rangeCustom: string;
  dateFrom: string;
  dateTo: string;
  statusFilter: string;
  directionFilter: string;
  assistantFilter: string;
  allAssistants: string;
  /** The filter by the label of a call's notes, and the column that lists them. */
  labelFilter: string;
  allLabels: string;
  columnLabels: string;
  searchCalls: string;
  searchPlaceholder: string;
  clearFilters: string;
  sortBy: string;
  exportCsv: string;
  exporting: string;
  /** After an export that stopped early: `{count}` calls are in the file. */
  exportCapped: string;
  exportCursorRepeated: string;
  callCount: string;
  /** Rows the backend sent that could not be read at all (no id): `{count}`. */
  unreadableCalls: string;
  callCountOne: string;
  callCountOfTotal: string;
  noCalls: string;
  noMatchingCalls: string;
  loadingCalls: string;
  loadMoreFailed: string;
  sortAscending: string;
  sortDescending: string;
  /** The folded filters' button under 720 px, e.g. "Filters (2)". */
  filtersActive: string;
}

export const EN_LOG_MESSAGES: LogMessages = {
  callLog: 'Call log',
  columnStartedAt: 'Started',
  columnDirection: 'Direction',
  columnFrom: 'From',
  columnTo: 'To',
  columnAssistant: 'Assistant',
  columnStatus: 'Status',
  columnDuration: 'Duration',
  columnCost: 'Cost',
  columnRecording: 'Recording',
  columnPlay: 'Listen',
  filters: 'Filters',
  dateRange: 'Date range',
  rangeAll: 'All time',
  rangeToday: 'Today',
  rangeLast7: 'Last 7 days',
  rangeLast30: 'Last 30 days',
  rangeCustom: 'Custom range',
  dateFrom: 'From date',
  dateTo: 'To date',
  statusFilter: 'Status',
  directionFilter: 'Direction',
  assistantFilter: 'Assistant',
  allAssistants: 'All assistants',
  labelFilter: 'Calls with label',
  allLabels: 'All labels',
  columnLabels: 'Labels',
  searchCalls: 'Search calls',
  searchPlaceholder: 'Number, call id, assistant…',
  clearFilters: 'Clear filters',
  sortBy: 'Sort by',
  exportCsv: 'Export CSV',
  exporting: 'Exporting… {count} calls',
  exportCapped: 'Exported the first {count} calls: one export holds no more. Narrow the filters to export the rest.',
  exportCursorRepeated: 'Exported {count} calls: the server sent the same page again, so the export stopped there.',
  callCount: '{count} calls',
  unreadableCalls: '{count} could not be read',
  callCountOne: '{count} call',
  callCountOfTotal: '{count} of {total} calls',
  noCalls: 'No calls yet. Calls appear here as soon as they end.',
  noMatchingCalls: 'No calls match these filters.',
  loadingCalls: 'Loading calls…',
  loadMoreFailed: 'More calls could not be loaded.',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  filtersActive: 'Filters ({count})',
};

/** What the call log shows. */
export type LogWords = CommonMessages & LogMessages;
export const EN_LOG_WORDS: LogWords = { ...EN_COMMON_MESSAGES, ...EN_LOG_MESSAGES };

// What a server component may import (no 'use client'): the adapters, the query options and keys the
// components use, so a Next.js page can prefetch a call and hydrate the components with it.
export { createHttpAdapter, callListSearchParams } from './adapter/http.js';
export { AdapterError, isAdapterError } from './adapter/errors.js';
export { callKeys } from './queries/keys.js';
export { callListOptions, callDetailOptions } from './queries/options.js';
export { filtersToQuery, EMPTY_FILTERS, DEFAULT_SORT } from './call-log/filters.js';
export { attachTurnLatencies, deepgramTurnLatency, retellTurnLatencies, vapiTurnLatencies } from './adapter/platformLatency.js';
export type {
  AdapterRequestOptions, CallDetail, CallListPage, CallListQuery, CallsAdapter, CallSummary, PipelineLatency, RecordingSource, TranscriptTurn,
} from './types.js';
export type { HttpAdapterOptions } from './adapter/http.js';
export type { AdapterErrorCode } from './adapter/errors.js';

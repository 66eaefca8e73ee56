'use client';
// The only public surface of @talkturo/components-react.
export { createHttpAdapter, callListSearchParams } from './adapter/http';
export { createMemoryAdapter } from './adapter/memory';
export { AdapterError, isAdapterError } from './adapter/errors';
export { CallsProvider, createCallsQueryClient } from './queries/provider';
export { callKeys } from './queries/keys';
export { callListOptions, callDetailOptions, recordingOptions } from './queries/options';
export { EN_MESSAGES } from './theme/messages';

export type {
  Assistant,
  CallDetail,
  CallDirection,
  CallListPage,
  CallListQuery,
  CallsAdapter,
  CallSortField,
  CallStatus,
  CallSummary,
  RecordingAvailability,
  RecordingSource,
  SortOrder,
  TranscriptTurn,
} from './types';
export type { AdapterErrorCode } from './adapter/errors';
export type { HttpAdapterOptions } from './adapter/http';
export type { MemoryAdapterOptions } from './adapter/memory';
export type { CallsProviderProps } from './queries/provider';
export type { FetchedRecording } from './queries/options';
export type { Messages } from './theme/messages';

'use client';
// The only public surface of @talkturo/components-react.
export { createHttpAdapter, callListSearchParams } from './adapter/http.js';
export { createMemoryAdapter } from './adapter/memory.js';
export { AdapterError, isAdapterError } from './adapter/errors.js';
export { CallsProvider, createCallsQueryClient } from './queries/provider.js';
export { callKeys } from './queries/keys.js';
export { callListOptions, callDetailOptions } from './queries/options.js';
export { recordingOptions } from './signed-url/recordingQuery.js';
export { EN_MESSAGES } from './i18n/messages.js';
export { DE_MESSAGES } from './i18n/messages.de.js';
export { StereoRecordingPlayer } from './player/StereoRecordingPlayer.js';
// A player laid out by the host, from parts (named exports: a host's bundler keeps only the parts it uses).
export { Root as PlayerRoot, Lanes as PlayerLanes } from './player/parts/Root.js';
export { PlayButton as PlayerPlayButton, Time as PlayerTime, Seek as PlayerSeek, Speed as PlayerSpeed, Download as PlayerDownload, DownloadStatus as PlayerDownloadStatus } from './player/parts/controls.js';
export { Zoom as PlayerZoom } from './player/parts/transport.js';
export { SkipSilences as PlayerSkipSilences } from './player/features/skip-silences/SkipSilences.js';
export { MuteSolo as PlayerMuteSolo } from './player/features/mute-solo/MuteSolo.js';
export { Keys as PlayerKeys } from './player/parts/keys.js';
export { Figures as PlayerFigures, Events as PlayerEvents, Notes as PlayerNotes, MomentLink as PlayerMomentLink } from './player/parts/review.js';
export { TurnNav as PlayerTurnNav } from './player/parts/TurnNav.js';
export { usePlayer, usePlayerCommands } from './player/parts/context.js';
export { PlayerError, isPlayerError } from './errors.js';
export { CallLogTable } from './call-log/CallLogTable.js';
export { CallRowPlayer } from './call-log/CallRowPlayer.js';
export { filtersToQuery, EMPTY_FILTERS, DEFAULT_SORT } from './call-log/filters.js';
export { CallDetailPanel } from './call-detail/CallDetailPanel.js';
export { CallLogs } from './call-detail/CallLogs.js';
export { analyzeConversation, ANALYSIS_THRESHOLDS } from './analysis/analyzeConversation.js';
export { pipelineSummary, waterfallOf, PIPELINE_STAGES, UNACCOUNTED_THRESHOLD_MS } from './analysis/pipelineLatency.js';
export { attachTurnLatencies, deepgramTurnLatency, retellTurnLatencies, vapiTurnLatencies } from './adapter/platformLatency.js';

export type {
  Assistant,
  CallDetail,
  CallDirection,
  CallListPage,
  CallListQuery,
  CallsAdapter,
  AdapterRequestOptions,
  Annotation,
  AnnotationDraft,
  AnnotationLabel,
  AnnotationPatch,
  CallSortField,
  CallStatus,
  CallSummary,
  RecordingAvailability,
  RecordingSource,
  RecordingRequestOptions,
  SignedFile,
  Redaction,
  SortOrder,
  TranscriptTurn,
  TranscriptWord,
  CallEvent,
  PipelineLatency,
} from './types.js';
export type { PipelineStage, PipelineSummary, Waterfall } from './analysis/pipelineLatency.js';
export type {
  AnalysisPeaks, AnalysisThresholds, AnalyzeOptions, ConversationAnalysis, Interruption, Monologue, ResponseTime, Side, TimeRange,
} from './analysis/analyzeConversation.js';
export type { AdapterErrorCode } from './adapter/errors.js';
export type { AuditEvent, AuditType, OnAudit } from './shared/audit.js';
export type { HttpAdapterOptions } from './adapter/http.js';
export type { MemoryAdapterOptions } from './adapter/memory.js';
export type { CallsProviderProps } from './queries/provider.js';
export type { FetchedRecording } from './signed-url/recordingQuery.js';
export type { Messages } from './i18n/messages.js';
export type { StereoRecordingPlayerProps, StereoRecordingPlayerPart } from './player/StereoRecordingPlayer.js';
export type { StylingProps, Theme } from './theme/parts.js';
export type { PlayerErrorCode } from './errors.js';
export type { CallLogTableProps, CallLogTablePart } from './call-log/CallLogTable.js';
export type { RowPlayback } from './call-log/CallRowPlayer.js';
export type { CallLogFilters, CallLogSort, DateRange } from './call-log/filters.js';
export type { CallLogColumnId } from './call-log/columns.js';
export type { CallDetailPlayerProps, CallDetailPanelProps, CallDetailPanelPart, CallDetailTab } from './call-detail/CallDetailPanel.js';
export type { CallLogsProps, CallLogsPart } from './call-detail/CallLogs.js';
export type { StereoPlayerHandle } from './player/StereoRecordingPlayer.js';
export type { PlayerSnapshot as PlayerState, PlayerStatus } from './player/engine/state.js';
export type { PlayerRootProps, LanesProps as PlayerLanesProps } from './player/parts/Root.js';
export type {
  PlayButtonProps as PlayerPlayButtonProps, TimeProps as PlayerTimeProps, SeekProps as PlayerSeekProps, SpeedProps as PlayerSpeedProps,
  DownloadProps as PlayerDownloadProps, DownloadStatusProps as PlayerDownloadStatusProps,
} from './player/parts/controls.js';
export type { ZoomProps as PlayerZoomProps } from './player/parts/transport.js';
export type { SkipSilencesProps as PlayerSkipSilencesProps } from './player/features/skip-silences/SkipSilences.js';
export type { MuteSoloProps as PlayerMuteSoloProps } from './player/features/mute-solo/MuteSolo.js';
export type { KeysProps as PlayerKeysProps } from './player/parts/keys.js';
export type { FiguresProps as PlayerFiguresProps, EventsProps as PlayerEventsProps, NotesProps as PlayerNotesProps, MomentLinkProps as PlayerMomentLinkProps } from './player/parts/review.js';
export type { TurnNavProps as PlayerTurnNavProps } from './player/parts/TurnNav.js';
export type { PlayerCommands } from './player/engine/PlayerEngine.js';

import { EN_REVIEW_MESSAGES, type ReviewMessages } from './messages.review.js';
import { EN_LAYOUT_MESSAGES, type LayoutMessages } from './messages.layout.js';

/** Every user-visible string, so a partner can replace any of them. `{name}` marks a value. */
export interface Messages extends ReviewMessages, LayoutMessages {
  recording: string;
  caller: string;
  assistant: string;
  loading: string;
  retry: string;
  errorTitle: string;
  play: string;
  pause: string;
  playbackSpeed: string;
  seek: string;
  /** aria-valuetext of the seek slider, e.g. "1 minute 5 seconds of 4 minutes". */
  seekValueText: string;
  download: string;
  downloading: string;
  downloadFailed: string;
  keyboardShortcuts: string;
  shortcutPlayPause: string;
  shortcutSkip: string;
  shortcutSkipLong: string;
  shortcutStartEnd: string;
  shortcutSpeed: string;
  waveformUnavailable: string;
  /** {reason}: why the analysis failed (English, from the engine). */
  analysisFailed: string;
  /** While a long recording's lanes fill in from the stream. */
  waveformStreaming: string;
  recordingLanes: string;
  muteCaller: string;
  muteAssistant: string;
  soloCaller: string;
  soloAssistant: string;
  listeningCorsBlocked: string;
  listeningMono: string;
  listeningUnsupported: string;
  previousTurn: string;
  nextTurn: string;
  /** e.g. "Turn 3 of 12". */
  turnPosition: string;
  zoomIn: string;
  zoomOut: string;
  /** e.g. "Zoom 4x". */
  zoomLevel: string;
  overlapLegend: string;
  silenceLegend: string;
  shortcutTurns: string;
  shortcutZoom: string;
  noAdapter: string;
  /** The adapter said the call has no recording. */
  noRecording: string;
  storageRefused: string;
  storageMissing: string;
  storageUnreachable: string;
  notPlayable: string;
  refreshLimit: string;
  // Call log
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
  searchCalls: string;
  searchPlaceholder: string;
  clearFilters: string;
  sortBy: string;
  retryLoading: string;
  exportCsv: string;
  exporting: string;
  /** After an export that stopped early: `{count}` calls are in the file. */
  exportCapped: string;
  exportCursorRepeated: string;
  callCount: string;
  /** Rows the backend sent that could not be read at all (no id): `{count}`. */
  unreadableCalls: string;
  /** Turns of a transcript that could not be read at all: `{count}`. */
  unreadableTurns: string;
  /** The backend did not say whether there is a recording. */
  recordingUnknown: string;
  callCountOne: string;
  callCountOfTotal: string;
  noCalls: string;
  noMatchingCalls: string;
  loadingCalls: string;
  loadMoreFailed: string;
  sortAscending: string;
  sortDescending: string;
  directionInbound: string;
  directionOutbound: string;
  directionWeb: string;
  recordingAvailable: string;
  recordingProcessing: string;
  recordingDisabled: string;
  recordingNotCaptured: string;
  recordingPurged: string;
  statusLabels: Record<string, string>;
  // Call detail
  callDetails: string;
  tabTranscript: string;
  tabSummary: string;
  tabDetails: string;
  noTranscript: string;
  noSummary: string;
  searchTranscript: string;
  matchCount: string;
  /** The search's place among its matches, e.g. "3 of 17 matches". */
  matchPosition: string;
  previousMatch: string;
  nextMatch: string;
  copyTranscript: string;
  copied: string;
  copyFailed: string;
  followPlayback: string;
  playFromHere: string;
  loadingCall: string;
  callNotFound: string;
  recordingProcessingNotice: string;
  recordingDisabledNotice: string;
  recordingNotCapturedNotice: string;
  recordingPurgedNotice: string;
  /** A recording state this version does not know; `{state}` is the backend's word. */
  recordingOtherNotice: string;
  recordingOther: string;
  recordFutureCalls: string;
  recordingSettingWarning: string;
  recordingNowOn: string;
  fieldCallId: string;
  fieldAssistant: string;
  fieldFrom: string;
  fieldTo: string;
  fieldDirection: string;
  fieldStatus: string;
  fieldEndedReason: string;
  fieldStartedAt: string;
  fieldDuration: string;
  fieldCost: string;
  fieldMetadata: string;
  copyCallId: string;
  closePanel: string;
}

export const EN_MESSAGES: Messages = {
  ...EN_REVIEW_MESSAGES,
  ...EN_LAYOUT_MESSAGES,
  recording: 'Call recording',
  caller: 'Caller',
  assistant: 'Assistant',
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
  play: 'Play',
  pause: 'Pause',
  playbackSpeed: 'Playback speed',
  seek: 'Seek',
  seekValueText: '{current} of {total}',
  download: 'Download recording',
  downloading: 'Downloading… {percent}%',
  downloadFailed: 'The download failed: {reason}',
  keyboardShortcuts: 'Keyboard shortcuts',
  shortcutPlayPause: 'Play or pause',
  shortcutSkip: 'Back or forward 5 seconds',
  shortcutSkipLong: 'Back or forward 15 seconds',
  shortcutStartEnd: 'Go to the start or the end',
  shortcutSpeed: 'Slower or faster',
  waveformUnavailable: 'The waveform cannot be drawn for this recording, but it can still be played.',
  analysisFailed: 'The conversation figures could not be worked out ({reason}); the recording plays as usual.',
  waveformStreaming: 'Drawing the waveform… {percent}%',
  muteCaller: 'Mute caller',
  muteAssistant: 'Mute assistant',
  soloCaller: 'Solo caller',
  soloAssistant: 'Solo assistant',
  listeningCorsBlocked: 'Muting one speaker is off: the recording storage does not allow this site to read the audio (it sends no CORS headers). Playback is not affected.',
  listeningMono: 'Muting one speaker is off: this recording has a single channel, so both voices are mixed together.',
  listeningUnsupported: 'Muting one speaker is not supported in this browser.',
  previousTurn: 'Previous turn',
  nextTurn: 'Next turn',
  turnPosition: 'Turn {current} of {total}',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomLevel: 'Zoom {level}x',
  overlapLegend: 'Both talking',
  silenceLegend: 'Long silence',
  shortcutTurns: 'Previous or next turn',
  shortcutZoom: 'Zoom the waveform (also Ctrl + mouse wheel)',
  recordingLanes: 'Recording waveform: caller on top, assistant below',
  noRecording: 'This call has no recording.',
  noAdapter: 'No data source. Pass an `adapter` prop or wrap it in a CallsProvider.',
  storageRefused: 'The recording storage refused the link (HTTP {status}), even after asking for a fresh one.',
  storageMissing: 'The recording file was not found in storage (HTTP {status}).',
  storageUnreachable: 'The recording storage could not be reached. Check the connection, or the storage does not allow this site to read it.',
  notPlayable: 'The recording could not be played: the file is not audio this browser can play.',
  refreshLimit: 'The recording link kept failing, so the player stopped asking for new ones.',
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
  searchCalls: 'Search calls',
  searchPlaceholder: 'Number, call id, assistant…',
  clearFilters: 'Clear filters',
  sortBy: 'Sort by',
  retryLoading: 'Retry',
  exportCsv: 'Export CSV',
  exporting: 'Exporting… {count} calls',
  exportCapped: 'Exported the first {count} calls: one export holds no more. Narrow the filters to export the rest.',
  exportCursorRepeated: 'Exported {count} calls: the server sent the same page again, so the export stopped there.',
  callCount: '{count} calls',
  unreadableCalls: '{count} could not be read',
  unreadableTurns: '{count} turns of this transcript could not be read.',
  recordingUnknown: 'Recording unknown',
  callCountOne: '{count} call',
  callCountOfTotal: '{count} of {total} calls',
  noCalls: 'No calls yet. Calls appear here as soon as they end.',
  noMatchingCalls: 'No calls match these filters.',
  loadingCalls: 'Loading calls…',
  loadMoreFailed: 'More calls could not be loaded.',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  directionInbound: 'Inbound',
  directionOutbound: 'Outbound',
  directionWeb: 'Web',
  recordingAvailable: 'Recording available',
  recordingProcessing: 'Recording processing',
  recordingDisabled: 'Recording disabled',
  recordingNotCaptured: 'No recording captured',
  recordingPurged: 'Recording purged',
  statusLabels: {
    queued: 'Queued', ringing: 'Ringing', 'in-progress': 'In progress', completed: 'Completed', failed: 'Failed',
    busy: 'Busy', 'no-answer': 'No answer', canceled: 'Canceled',
  },
  callDetails: 'Call details',
  tabTranscript: 'Transcript',
  tabSummary: 'Summary',
  tabDetails: 'Details',
  noTranscript: 'There is no transcript for this call.',
  noSummary: 'There is no summary for this call.',
  searchTranscript: 'Search transcript',
  matchCount: '{count} matches',
  matchPosition: '{current} of {count} matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  copyTranscript: 'Copy transcript',
  copied: 'Copied',
  copyFailed: 'Copying was not allowed by the browser.',
  followPlayback: 'Follow playback',
  playFromHere: 'Play from {time}',
  loadingCall: 'Loading call…',
  callNotFound: 'This call was not found. It may have been deleted, or it belongs to another account.',
  recordingProcessingNotice: 'The recording is being prepared. It usually appears within a few seconds of the call ending.',
  recordingDisabledNotice: 'This call was not recorded: recording was turned off for this assistant when the call took place.',
  recordingNotCapturedNotice: 'There is no recording: the call ended before any audio could be captured (for example, it was not answered).',
  recordingPurgedNotice: 'The recording is no longer available: it was deleted at the end of your plan\'s retention period.',
  recordingOtherNotice: 'There is no recording to play (the recording is "{state}").',
  recordingOther: 'Recording: {state}',
  recordFutureCalls: 'Record future calls with {assistant}',
  recordingSettingWarning: 'Takes effect on the next call. Calls that have already ended cannot be recorded.',
  recordingNowOn: 'Recording is on for future calls with {assistant}.',
  fieldCallId: 'Call ID',
  fieldAssistant: 'Assistant',
  fieldFrom: 'From',
  fieldTo: 'To',
  fieldDirection: 'Direction',
  fieldStatus: 'Status',
  fieldEndedReason: 'Ended reason',
  fieldStartedAt: 'Started',
  fieldDuration: 'Duration',
  fieldCost: 'Cost',
  fieldMetadata: 'Metadata',
  copyCallId: 'Copy call ID',
  closePanel: 'Close',
};

export function resolveMessages(...layers: (Partial<Messages> | undefined)[]): Messages {
  return Object.assign({}, EN_MESSAGES, ...layers.filter(Boolean)) as Messages;
}

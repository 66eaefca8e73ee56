import { EN_REVIEW_MESSAGES, type ReviewMessages } from './messages.review.js';
import { EN_LAYOUT_MESSAGES, type LayoutMessages } from './messages.layout.js';
import { EN_COMMON_MESSAGES, type CommonMessages } from './messages.common.js';
import { EN_LOG_MESSAGES, type LogMessages } from './messages.log.js';

/** Every user-visible string, so a partner can replace any of them. `{name}` marks a value. */
export interface Messages extends CommonMessages, LogMessages, ReviewMessages, LayoutMessages {
  play: string;
  pause: string;
  playbackSpeed: string;
  seek: string;
  /** aria-valuetext of the seek slider, e.g. "1 minute 5 seconds of 4 minutes". */
  seekValueText: string;
  downloading: string;
  keyboardShortcuts: string;
  shortcutPlayPause: string;
  shortcutSkip: string;
  shortcutSkipLong: string;
  shortcutStartEnd: string;
  shortcutSpeed: string;
  /** While a long recording's lanes fill in from the stream. */
  waveformStreaming: string;
  recordingLanes: string;
  muteCaller: string;
  muteAssistant: string;
  soloCaller: string;
  soloAssistant: string;
  listeningCorsBlocked: string;
  listeningMono: string;
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
  /** Turns of a transcript that could not be read at all: `{count}`. */
  unreadableTurns: string;
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
  ...EN_COMMON_MESSAGES,
  ...EN_LOG_MESSAGES,
  play: 'Play',
  pause: 'Pause',
  playbackSpeed: 'Playback speed',
  seek: 'Seek',
  seekValueText: '{current} of {total}',
  downloading: 'Downloading… {percent}%',
  keyboardShortcuts: 'Keyboard shortcuts',
  shortcutPlayPause: 'Play or pause',
  shortcutSkip: 'Back or forward 5 seconds',
  shortcutSkipLong: 'Back or forward 15 seconds',
  shortcutStartEnd: 'Go to the start or the end',
  shortcutSpeed: 'Slower or faster',
  waveformStreaming: 'Drawing the waveform… {percent}%',
  muteCaller: 'Mute caller',
  muteAssistant: 'Mute assistant',
  soloCaller: 'Solo caller',
  soloAssistant: 'Solo assistant',
  listeningCorsBlocked: 'Muting one speaker is off: the recording storage does not allow this site to read the audio (it sends no CORS headers). Playback is not affected.',
  listeningMono: 'Muting one speaker is off: this recording has a single channel, so both voices are mixed together.',
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
  unreadableTurns: '{count} turns of this transcript could not be read.',
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

// The call detail panel's own words (tabs, transcript tools, notices, details), in English. Part of
// `Messages`; a player or a log alone carries none of them. German in messages.de.ts.

export interface PanelMessages {
  /** Turns of a transcript that could not be read at all: `{count}`. */
  unreadableTurns: string;
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
  followPlayback: string;
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
}

export const EN_PANEL_MESSAGES: PanelMessages = {
  unreadableTurns: '{count} turns of this transcript could not be read.',
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
  followPlayback: 'Follow playback',
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
};

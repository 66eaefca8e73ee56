// Words every component may show: names of the two sides, loading and Retry, errors, and the words of
// statuses, directions, recordings and events. Part of `Messages`; German in messages.de.ts.

export interface CommonMessages {
  recording: string;
  caller: string;
  assistant: string;
  loading: string;
  retry: string;
  errorTitle: string;
  download: string;
  downloadFailed: string;
  waveformUnavailable: string;
  /** {reason}: why the analysis failed (English, from the engine). */
  analysisFailed: string;
  listeningUnsupported: string;
  noAdapter: string;
  /** The adapter said the call has no recording. */
  noRecording: string;
  storageRefused: string;
  storageMissing: string;
  storageUnreachable: string;
  notPlayable: string;
  refreshLimit: string;
  retryLoading: string;
  /** The backend did not say whether there is a recording. */
  recordingUnknown: string;
  directionInbound: string;
  directionOutbound: string;
  directionWeb: string;
  recordingAvailable: string;
  recordingProcessing: string;
  recordingDisabled: string;
  recordingNotCaptured: string;
  recordingPurged: string;
  statusLabels: Record<string, string>;
  recordingOther: string;
}

export const EN_COMMON_MESSAGES: CommonMessages = {
  recording: 'Call recording',
  caller: 'Caller',
  assistant: 'Assistant',
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
  download: 'Download recording',
  downloadFailed: 'The download failed: {reason}',
  waveformUnavailable: 'The waveform cannot be drawn for this recording, but it can still be played.',
  analysisFailed: 'The conversation figures could not be worked out ({reason}); the recording plays as usual.',
  listeningUnsupported: 'Muting one speaker is not supported in this browser.',
  noRecording: 'This call has no recording.',
  noAdapter: 'No data source. Pass an `adapter` prop or wrap it in a CallsProvider.',
  storageRefused: 'The recording storage refused the link (HTTP {status}), even after asking for a fresh one.',
  storageMissing: 'The recording file was not found in storage (HTTP {status}).',
  storageUnreachable: 'The recording storage could not be reached. Check the connection, or the storage does not allow this site to read it.',
  notPlayable: 'The recording could not be played: the file is not audio this browser can play.',
  refreshLimit: 'The recording link kept failing, so the player stopped asking for new ones.',
  retryLoading: 'Retry',
  recordingUnknown: 'Recording unknown',
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
  recordingOther: 'Recording: {state}',
};

/** Every user-visible string, so a partner can replace any of them. `{name}` marks a value. */
export interface Messages {
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
  recordingLanes: string;
  noAdapter: string;
  storageRefused: string;
  storageMissing: string;
  storageUnreachable: string;
  notPlayable: string;
  refreshLimit: string;
}

export const EN_MESSAGES: Messages = {
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
  recordingLanes: 'Recording waveform: caller on top, assistant below',
  noAdapter: 'This player has no data source. Pass an `adapter` prop or wrap it in a CallsProvider.',
  storageRefused: 'The recording storage refused the link (HTTP {status}), even after asking for a fresh one.',
  storageMissing: 'The recording file was not found in storage (HTTP {status}).',
  storageUnreachable: 'The recording storage could not be reached. Check the connection, or the storage does not allow this site to read it.',
  notPlayable: 'The recording could not be played: the file is not audio this browser can play.',
  refreshLimit: 'The recording link kept failing, so the player stopped asking for new ones.',
};

export function resolveMessages(...layers: (Partial<Messages> | undefined)[]): Messages {
  return Object.assign({}, EN_MESSAGES, ...layers.filter(Boolean)) as Messages;
}

// The player's words, in English: its own, the common ones, the figures' and the layout's. A page with
// the player alone carries no log or panel words. Part of `Messages`; German in messages.de.ts.
import { EN_REVIEW_MESSAGES, type ReviewMessages } from './messages.review.js';
import { EN_LAYOUT_MESSAGES, type LayoutMessages } from './messages.layout.js';
import { EN_COMMON_MESSAGES, type CommonMessages } from './messages.common.js';

/** The player's own words (transport, lanes, shortcuts, figures' controls). */
export interface PlayerMessages {
  play: string;
  pause: string;
  playbackSpeed: string;
  seek: string;
  /** aria-valuetext of the seek slider, e.g. "1 minute 5 seconds of 4 minutes". */
  seekValueText: string;
  downloading: string;
  /** Beside a Download that is not offered: `{reason}` as the backend gives it. */
  downloadBlocked: string;
  downloadBlockedNoReason: string;
  /** A toggle: the unredacted recording instead of the redacted one. */
  originalRecording: string;
  /** Download's reason while redactions are only muted in playback. */
  downloadNotRedacted: string;
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
  /** I, O and C: mark a note's start and end, then write it (only where the host takes notes). */
  shortcutNotes: string;
  /** Said when I or O marks a time: `{range}` is what a note would cover now. */
  noteMarked: string;
  copyFailed: string;
  playFromHere: string;
}

export const EN_PLAYER_MESSAGES: PlayerMessages = {
  play: 'Play',
  pause: 'Pause',
  playbackSpeed: 'Playback speed',
  seek: 'Seek',
  seekValueText: '{current} of {total}',
  downloading: 'Downloading… {percent}%',
  downloadBlocked: 'No download: {reason}',
  downloadBlockedNoReason: 'This recording cannot be downloaded.',
  originalRecording: 'Unredacted original',
  downloadNotRedacted: 'the recording itself is not redacted (muting here hides nothing in the file).',
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
  shortcutNotes: 'Mark where a note starts and ends, then write it (also Shift + drag on the lanes)',
  noteMarked: 'Note marked: {range}. C writes it.',
  recordingLanes: 'Recording waveform: caller on top, assistant below',
  copyFailed: 'Copying was not allowed by the browser.',
  playFromHere: 'Play from {time}',
};

/** What the player shows: a page with the player alone carries no log or panel words. */
/** What a player laid out from parts shows: no figures, legend or transport group of ours. */
export type PlainPlayerWords = CommonMessages & PlayerMessages;
export const EN_PLAIN_PLAYER_WORDS: PlainPlayerWords = { ...EN_COMMON_MESSAGES, ...EN_PLAYER_MESSAGES };
export type PlayerWords = PlainPlayerWords & ReviewMessages & LayoutMessages;
// A call a bundler may drop when nothing reads it (an object spread it keeps): a plain player of parts
// then carries no review or layout words.
export const EN_PLAYER_WORDS: PlayerWords = /* @__PURE__ */ Object.assign({}, EN_COMMON_MESSAGES, EN_REVIEW_MESSAGES, EN_LAYOUT_MESSAGES, EN_PLAYER_MESSAGES);

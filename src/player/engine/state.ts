// The player's state, as the store holds it; components read slices of it.
import type { ConversationAnalysis } from '../../analysis/analyzeConversation.js';
import type { RecordingSource } from '../../types.js';

export type Speaker = 'caller' | 'assistant';
export interface SpeakerMix {
  muted: boolean;
  solo: boolean;
}
export type Mix = Record<Speaker, SpeakerMix>;

export const DEFAULT_MIX: Mix = { caller: { muted: false, solo: false }, assistant: { muted: false, solo: false } };

export type PlayerStatus = 'loading' | 'paused' | 'playing' | 'error';

export interface PlayerSnapshot {
  /** Derived from `intent`, `metadataSeen` and `standby`; `error` is the recording owner's to say. */
  status: Exclude<PlayerStatus, 'error'>;
  intent: 'play' | 'pause';
  metadataSeen: boolean;
  /**
   * The media waits for Play without reading anything: duration and peaks came with the source, so
   * the player is usable (seek, speed, lanes) before a byte of audio is read.
   */
  standby: boolean;
  currentTime: number;
  duration: number;
  rate: number;
  /** `streaming`: long recording, lanes filling in from a stream (see `waveformProgress`). */
  waveform: 'loading' | 'streaming' | 'ready' | 'unavailable';
  /** 0..1 of the recording drawn while `waveform` is `streaming`, else null. */
  waveformProgress: number | null;
  /** 0..1 while a download runs, else null. */
  downloadProgress: number | null;
  downloadError: Error | null;
  /** Download is not offered for this recording: why (the source's reason, or '' for none given); else null. */
  downloadBlocked: string | null;
  /** How many signed URLs the media element has used; grows only when the media needed a new one. */
  urlGeneration: number;
  /** Multiple of "whole call fits". */
  zoom: number;
  /** The deepest zoom that still shows more detail. */
  zoomMax: number;
  /** The stretch of the call the lanes show when zoomed in (s); 0 and 0 at "fit" (the whole call). */
  viewStart: number;
  viewEnd: number;
  /** Response times, interruptions, talk share and silences, once the lanes are complete; else null. */
  analysis: ConversationAnalysis | null;
}

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/**
 * Without peaks, recordings up to this length are fetched and decoded whole (a 5-minute call is a few
 * MB, decoded at 8 kHz). Longer ones are streamed into peaks frame by frame, so memory stays bounded by
 * the number of peaks whatever the length; decoding them whole would take hundreds of MB.
 */
export const STREAM_PEAKS_AFTER_SECONDS = 5 * 60;

export const initialSnapshot = (duration = 0): PlayerSnapshot => ({
  status: 'loading', intent: 'pause', metadataSeen: false, standby: false, currentTime: 0, duration, rate: 1, waveform: 'loading',
  waveformProgress: null, downloadProgress: null, downloadError: null, downloadBlocked: null, urlGeneration: 0,
  zoom: 1, zoomMax: 1, viewStart: 0, viewEnd: 0, analysis: null,
});

export const deriveStatus = (next: PlayerSnapshot): PlayerSnapshot => {
  const status = !next.metadataSeen && !next.standby ? 'loading' : next.intent === 'play' ? 'playing' : 'paused';
  return status === next.status ? next : { ...next, status };
};

/** Whether the controls can act: the media has its metadata and nothing has failed. */
export const isReady = (status: PlayerStatus) => status === 'paused' || status === 'playing';

/** Why the source itself withholds Download (a legal hold, the plan: '' when it gives no reason), or null. */
export const heldBack = (source: RecordingSource): string | null => (source.downloadable === false ? (source.downloadBlockedReason ?? '') : null);

/** What the parts and a host (`usePlayerCommands`, `apiRef`) do to the player. */
export interface PlayerCommands {
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  skip(deltaSeconds: number): void;
  setRate(rate: number): void;
  stepRate(direction: 1 | -1): void;
  download(): Promise<void>;
  /** With mute and solo in the player (`PlayerMuteSolo`, or the default player). */
  toggleMix(speaker: Speaker, what: keyof SpeakerMix): void;
  /** Seeks to the previous or next transcript turn; false when there is none. */
  goToTurn(direction: 1 | -1): boolean;
  stepZoom(direction: 1 | -1): void;
  setZoom(zoom: number): void;
  /** With skipping in the player (`PlayerSkipSilences`, or the default player). */
  setSkipSilences(on: boolean): void;
}

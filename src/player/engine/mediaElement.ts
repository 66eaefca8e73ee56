// The media element's plain facts, apart from the URL juggling in MediaPlayback: how it is made, how a
// speed is set so that a new src keeps it, where a seek may land, and when the position is worth telling.
import type { PlayerSnapshot } from './state.js';

/** The position goes to the store at most this often while playing (about 6 times a second). */
export const TIME_EVERY_MS = 150;

export function createAudio(preload: 'none' | 'metadata' | 'auto'): HTMLAudioElement {
  const audio = document.createElement('audio');
  audio.preload = preload;
  audio.preservesPitch = true;
  return audio;
}

/** A new src resets playbackRate to defaultPlaybackRate, so both are set (and the pitch kept). */
export function applyRate(audio: HTMLMediaElement, rate: number): void {
  audio.defaultPlaybackRate = rate;
  audio.playbackRate = rate;
  audio.preservesPitch = true;
}

/** Where a seek to `seconds` lands: within [0, duration] when the duration is known. */
export function seekTarget(seconds: number, duration: number): number {
  return Math.min(Math.max(0, seconds), Number.isFinite(duration) && duration > 0 ? duration : Math.max(0, seconds));
}

/**
 * Whether a new position is worth telling the store (and the host's onTimeUpdate): not a stand-still;
 * while playing, a few times a second (the playhead is wavesurfer's, drawn every frame); a jump at once.
 */
export function worthTelling(moved: number, intent: PlayerSnapshot['intent'], sinceLastMs: number): boolean {
  if (moved < 0.05) return false;
  return !(intent === 'play' && moved < 1 && sinceLastMs < TIME_EVERY_MS);
}

// Per-speaker listening: which speakers are heard, and how each file channel reaches each ear. Pure; the
// audio graph that applies it is Listening.ts, beside it.

import type { Mix, Speaker, SpeakerMix } from '../../engine/state.js';

export { DEFAULT_MIX, type Mix, type Speaker, type SpeakerMix } from '../../engine/state.js';

/** Solo wins over mute; with nobody soloed, everyone not muted is heard. */
export function audible(mix: Mix): Record<Speaker, boolean> {
  const anySolo = mix.caller.solo || mix.assistant.solo;
  return {
    caller: anySolo ? mix.caller.solo : !mix.caller.muted,
    assistant: anySolo ? mix.assistant.solo : !mix.assistant.muted,
  };
}

/**
 * Gains from file channel to ear: [ch0→left, ch0→right, ch1→left, ch1→right]. Both speakers heard:
 * the file's own stereo image. One speaker heard: that speaker in both ears, so listening to one
 * side of the call does not mean listening with one ear.
 */
export function routingGains(mix: Mix, callerChannel: 0 | 1 = 0): [number, number, number, number] {
  const heard = audible(mix);
  const channel = (c: 0 | 1) => (c === callerChannel ? heard.caller : heard.assistant);
  const both = heard.caller && heard.assistant;
  const row = (c: 0 | 1): [number, number] => {
    if (!channel(c)) return [0, 0];
    if (both) return c === 0 ? [1, 0] : [0, 1];
    return [1, 1];
  };
  return [...row(0), ...row(1)];
}

export function toggleMix(mix: Mix, speaker: Speaker, what: keyof SpeakerMix): Mix {
  const next: Mix = { caller: { ...mix.caller }, assistant: { ...mix.assistant } };
  next[speaker][what] = !mix[speaker][what];
  // Soloing one speaker un-solos the other: with two lanes, two solos mean "both", which is no solo.
  if (what === 'solo' && next[speaker].solo) next[speaker === 'caller' ? 'assistant' : 'caller'].solo = false;
  return next;
}

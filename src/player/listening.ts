// Per-speaker listening: which speakers are heard, and how each file channel reaches each ear.
import { probeStorage } from '../net/probe.js';

export type Speaker = 'caller' | 'assistant';
export interface SpeakerMix {
  muted: boolean;
  solo: boolean;
}
export type Mix = Record<Speaker, SpeakerMix>;

export const DEFAULT_MIX: Mix = { caller: { muted: false, solo: false }, assistant: { muted: false, solo: false } };

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

/** Whether the page may read the media's samples: needed to route them through Web Audio. */
export async function corsReadable(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    if (new URL(url, location.href).origin === location.origin) return true;
    // Any answer at all is a readable one: the question is only whether CORS lets the page see it.
    await probeStorage(url, signal);
    return true;
  } catch {
    return false;
  }
}

/** The Web Audio graph on the media element: splitter → four gains → merger → speakers. */
export class ListeningGraph {
  private readonly context: AudioContext;
  readonly gains: GainNode[];

  constructor(media: HTMLMediaElement) {
    this.context = new AudioContext();
    let source: MediaElementAudioSourceNode;
    try {
      source = this.context.createMediaElementSource(media);
    } catch (error) {
      // An element already routed elsewhere, a context the browser refused: no graph, and no context left open.
      void this.context.close();
      throw error;
    }
    const splitter = this.context.createChannelSplitter(2);
    const merger = this.context.createChannelMerger(2);
    source.connect(splitter);
    this.gains = [0, 0, 1, 1].map((channel, i) => {
      const gain = this.context.createGain();
      splitter.connect(gain, channel);
      gain.connect(merger, 0, i % 2);
      return gain;
    });
    merger.connect(this.context.destination);
  }

  apply(values: readonly number[]): void {
    void this.context.resume();
    const now = this.context.currentTime;
    // A short ramp: switching a voice on or off without a click.
    this.gains.forEach((gain, i) => gain.gain.setTargetAtTime(values[i] ?? 0, now, 0.01));
  }

  close(): void {
    void this.context.close();
  }
}

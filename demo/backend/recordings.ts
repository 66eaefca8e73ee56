// The demo's recordings: the committed fixtures, and an hour-long call made from them at start-up
// (frames repeated, nothing re-encoded). Their peaks come from the upload job (peaksJob.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CALLS } from '../../src/adapter/fixtures/transcripts';
import type { TranscriptTurn } from '../../src/types';
import { FrameSplitter, isInfoFrame } from '../../src/player/stream/mp3';

export type RecordingName = 'short' | 'long' | 'hour';

export interface DemoRecording {
  bytes: Uint8Array;
  durationSeconds: number;
  turns: TranscriptTurn[];
}

export const fixtureBytes = (name: 'short' | 'long' | 'long-caller' | 'long-assistant'): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../src/adapter/fixtures/call-${name}.mp3`, import.meta.url))));

/** An MP3 at least `minSeconds` long: the source's audio frames over and over (CBR, so any player can seek). */
export function repeatRecording(source: Uint8Array, minSeconds: number): { bytes: Uint8Array; durationSeconds: number; repeats: number; copySeconds: number } {
  const frames = new FrameSplitter().push(source, true);
  const audio = frames[0] && isInfoFrame(frames[0].data) ? frames.slice(1) : frames;
  if (!audio.length) throw new Error('The source holds no MP3 frames');
  const copySeconds = audio.reduce((sum, f) => sum + f.header.samplesPerFrame / f.header.sampleRate, 0);
  const repeats = Math.max(1, Math.ceil(minSeconds / copySeconds));
  const copyBytes = audio.reduce((sum, f) => sum + f.data.length, 0);
  const bytes = new Uint8Array(copyBytes * repeats);
  let at = 0;
  for (let r = 0; r < repeats; r++) {
    for (const f of audio) {
      bytes.set(f.data, at);
      at += f.data.length;
    }
  }
  return { bytes, durationSeconds: Math.round(copySeconds * repeats * 100) / 100, repeats, copySeconds };
}

export function demoRecordings(): Record<RecordingName, DemoRecording> {
  const long = FIXTURE_CALLS.long;
  const hour = repeatRecording(fixtureBytes('long'), 3600);
  const turns = Array.from({ length: hour.repeats }, (_, r) =>
    long.turns.map((t) => ({
      ...t,
      startSeconds: Math.round((t.startSeconds + r * hour.copySeconds) * 100) / 100,
      ...(t.endSeconds === undefined ? {} : { endSeconds: Math.round((t.endSeconds + r * hour.copySeconds) * 100) / 100 }),
    })),
  ).flat();
  return {
    short: { bytes: fixtureBytes('short'), durationSeconds: FIXTURE_CALLS.short.durationSeconds, turns: FIXTURE_CALLS.short.turns },
    long: { bytes: fixtureBytes('long'), durationSeconds: long.durationSeconds, turns: long.turns },
    hour: { bytes: hour.bytes, durationSeconds: hour.durationSeconds, turns },
  };
}

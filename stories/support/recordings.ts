// Recordings made in the browser for the catalogue: an hour-long call (the 3-minute fixture's frames
// repeated, nothing committed) with peaks, a mono file, and a file from an origin without CORS.
import longUrl from '../../src/adapter/fixtures/call-long.mp3?url';
import shortUrl from '../../src/adapter/fixtures/call-short.mp3?url';
import { FIXTURE_CALLS } from '../../src/adapter/fixtures/transcripts';
import { FrameSplitter, isInfoFrame } from '../../src/player/stream/mp3';
import { decodePeaks } from '../../src/player/peaks';
import type { CallsAdapter, RecordingSource, TranscriptTurn } from '../../src';
import { catalogueAdapter } from './adapters';

export interface MadeRecording {
  source: RecordingSource;
  turns: TranscriptTurn[];
}

let hour: Promise<MadeRecording> | null = null;

/** About an hour: the long fixture 19 times over, with peaks tiled from its own. */
export function hourLongRecording(): Promise<MadeRecording> {
  hour ??= (async () => {
    const bytes = new Uint8Array(await (await fetch(longUrl)).arrayBuffer());
    const frames = new FrameSplitter().push(bytes, true).filter((f, i) => !(i === 0 && isInfoFrame(f.data)));
    const copySeconds = frames.reduce((s, f) => s + f.header.samplesPerFrame / f.header.sampleRate, 0);
    const repeats = Math.ceil(3600 / copySeconds);
    const blob = new Blob(Array.from({ length: repeats }, () => frames.map((f) => f.data as BlobPart)).flat(), { type: 'audio/mpeg' });
    const { peaks } = await decodePeaks(bytes.buffer.slice(0));
    const tile = (p: Float32Array) => {
      const out = new Float32Array(p.length * repeats);
      for (let r = 0; r < repeats; r++) out.set(p, r * p.length);
      return out;
    };
    const durationSeconds = Math.round(copySeconds * repeats * 100) / 100;
    const turns = Array.from({ length: repeats }, (_, r) =>
      FIXTURE_CALLS.long.turns.map((t) => ({ ...t, startSeconds: t.startSeconds + r * copySeconds, ...(t.endSeconds ? { endSeconds: t.endSeconds + r * copySeconds } : {}) })),
    ).flat();
    return { source: { url: URL.createObjectURL(blob), expiresAt: Date.now() + 86_400_000, durationSeconds, peaks: [tile(peaks[0]), tile(peaks[1])] }, turns };
  })();
  return hour;
}

/** 16-bit PCM samples (channels interleaved) as a WAV file's blob URL. */
function wavUrl(rate: number, channels: 1 | 2, samples: Int16Array): string {
  const header = new DataView(new ArrayBuffer(44));
  const text = (at: number, s: string) => [...s].forEach((c, i) => header.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  header.setUint32(4, 36 + samples.byteLength, true);
  text(8, 'WAVEfmt ');
  header.setUint32(16, 16, true);
  header.setUint16(20, 1, true);
  header.setUint16(22, channels, true);
  header.setUint32(24, rate, true);
  header.setUint32(28, rate * 2 * channels, true);
  header.setUint16(32, 2 * channels, true);
  header.setUint16(34, 16, true);
  text(36, 'data');
  header.setUint32(40, samples.byteLength, true);
  return URL.createObjectURL(new Blob([header.buffer, samples.buffer as ArrayBuffer], { type: 'audio/wav' }));
}

/** Two seconds of one channel: both lanes show it, and per-speaker listening is off. */
export function monoRecordingUrl(): string {
  const rate = 8000;
  return wavUrl(rate, 1, new Int16Array(rate * 4).map((_, i) => Math.round(Math.sin(i / 5) * 14000 * (Math.floor(i / 4000) % 2))));
}

/** The short fixture from the other loopback name: a second origin, whose server sends no CORS headers. */
export function otherOriginUrl(): string {
  const url = new URL(shortUrl, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

export const recordingAdapter = (source: () => Promise<RecordingSource> | RecordingSource): CallsAdapter => ({
  ...catalogueAdapter,
  getRecording: async () => source(),
});

/**
 * Tones where a caller and an assistant would talk: caller 0.5–3 s, six seconds of nobody, the
 * assistant 9–12 s and the caller cutting in at 11.2 s, until 14 s (16 s in all).
 */
export function silenceAndBargeInUrl(): string {
  const rate = 8000;
  const seconds = 16;
  const spoken = [[0, 0.5, 3], [1, 9, 12], [0, 11.2, 14]] as const;
  const samples = new Int16Array(rate * seconds * 2);
  for (const [channel, start, end] of spoken) {
    for (let i = Math.round(start * rate); i < Math.round(end * rate); i++) {
      samples[i * 2 + channel] = Math.round(Math.sin((2 * Math.PI * (channel ? 310 : 190) * i) / rate) * 0.6 * 32767);
    }
  }
  return wavUrl(rate, 2, samples);
}

import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, inject, vi } from 'vitest';
import { createHttpAdapter, type CallsAdapter, type CallSummary } from '../../src';

export const playerBackend = inject('playerBackend');

/** The demo recordings, as this test server serves them, for createMemoryAdapter. */
export const FIXTURE_URLS = { short: '/src/adapter/fixtures/call-short.mp3', long: '/src/adapter/fixtures/call-long.mp3' };

export const httpAdapter = (backend = playerBackend): CallsAdapter =>
  createHttpAdapter({ baseUrl: backend.url, accountSlug: backend.account, getToken: async () => backend.token });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first seeded call whose recording is the ~20-second (or ~3-minute) fixture. */
export async function callWithRecording(adapter: CallsAdapter, kind: 'short' | 'long' = 'short', skip = 0): Promise<CallSummary> {
  const { calls } = await adapter.listCalls({ limit: 100 });
  const matching = calls.filter((c) => c.recording === 'available' && (kind === 'short' ? c.durationSeconds! < 30 : c.durationSeconds! > 100));
  const call = matching[skip];
  if (!call) throw new Error(`no seeded ${kind} call with a recording`);
  return call;
}

/** Records every <audio> the page creates, so tests can read what the player did to its media. */
export function captureAudioElements(): HTMLAudioElement[] {
  const created: HTMLAudioElement[] = [];
  const original = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string, options?: ElementCreationOptions) => {
    const element = original(tag, options);
    if (tag.toLowerCase() === 'audio') created.push(element as HTMLAudioElement);
    return element;
  }) as typeof document.createElement);
  return created;
}

export const liveAudio = (created: HTMLAudioElement[]) => created.filter((a) => a.getAttribute('src'));

/** Every gain node the page makes from now on (mute and solo's graph), to read what each side is given. */
export function captureGains(): GainNode[] {
  const gains: GainNode[] = [];
  const createGain = AudioContext.prototype.createGain;
  vi.spyOn(AudioContext.prototype, 'createGain').mockImplementation(function (this: AudioContext) {
    const node = createGain.call(this);
    gains.push(node);
    return node;
  });
  return gains;
}

/**
 * For a whole test file: each test's <audio> elements are captured, and after it the page is cleaned
 * up, mocks restored and `after` run. Returns the audio elements with a source, of the running test.
 */
export function eachTestsAudio(after?: () => void): () => HTMLAudioElement[] {
  let created: HTMLAudioElement[] = [];
  beforeEach(() => {
    created = captureAudioElements();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    after?.();
  });
  return () => liveAudio(created);
}

export function playerRoot(): HTMLElement {
  const root = document.querySelector<HTMLElement>('[data-talkturo-player]');
  if (!root) throw new Error('no player rendered');
  return root;
}

export async function waitForState(state: string, timeout = 15_000) {
  await waitFor(() => expect(playerRoot().dataset.state).toBe(state), { timeout });
}

export const slider = () => screen.getByRole('slider', { name: 'Seek' }) as HTMLInputElement;
export const position = () => Number(slider().value);

export { render, screen, waitFor };

/** Pixels of the lane canvases, with each canvas' vertical centre relative to the waveform. */
export function lanePixels(root: HTMLElement) {
  const host = root.querySelector<HTMLElement>('[data-part="waveform"]')!;
  const shadow = host.firstElementChild?.shadowRoot ?? host.shadowRoot;
  // wavesurfer's lanes, and while a long waveform streams in, the canvas drawn over them.
  const canvases = [...(shadow?.querySelectorAll<HTMLCanvasElement>('.canvases canvas, canvas[data-streaming]') ?? [])];
  const box = host.getBoundingClientRect();
  return canvases.map((canvas) => {
    const rect = canvas.getBoundingClientRect();
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    return { canvas, centre: (rect.top + rect.height / 2 - box.top) / box.height, data };
  });
}

export function countColour(data: Uint8ClampedArray, [r, g, b]: [number, number, number], tolerance = 40) {
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! > 200 && Math.abs(data[i]! - r) < tolerance && Math.abs(data[i + 1]! - g) < tolerance && Math.abs(data[i + 2]! - b) < tolerance) n++;
  }
  return n;
}

/** A 16-bit PCM WAV of the given channels (samples in [-1, 1]). */
export function wavFile(rate: number, channels: Float32Array[]): Blob {
  const frames = channels[0]!.length;
  const n = channels.length;
  const view = new DataView(new ArrayBuffer(44 + frames * 2 * n));
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + frames * 2 * n, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, n, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2 * n, true);
  view.setUint16(32, 2 * n, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, frames * 2 * n, true);
  for (let i = 0; i < frames; i++) channels.forEach((c, ch) => view.setInt16(44 + (i * n + ch) * 2, Math.round(c[i]! * 32767), true));
  return new Blob([view.buffer], { type: 'audio/wav' });
}

/**
 * A stereo WAV made in the test, with speech-like tones exactly where the turns say: caller on the
 * left, assistant on the right, silence elsewhere.
 */
export function conversationWav(durationSeconds: number, turns: { speaker: 'caller' | 'assistant'; start: number; end: number }[]): Blob {
  const rate = 8000;
  const lanes = [new Float32Array(Math.round(durationSeconds * rate)), new Float32Array(Math.round(durationSeconds * rate))];
  for (const { speaker, start, end } of turns) {
    const channel = speaker === 'caller' ? 0 : 1;
    for (let i = Math.round(start * rate); i < Math.min(lanes[0]!.length, Math.round(end * rate)); i++) {
      lanes[channel]![i] = Math.sin((2 * Math.PI * (channel ? 310 : 190) * i) / rate) * 0.6;
    }
  }
  return wavFile(rate, lanes);
}

/** An adapter whose one call plays `url`, for recordings made inside a test. */
export function singleRecordingAdapter(url: string, extra: Partial<import('../../src').RecordingSource> = {}): CallsAdapter {
  return {
    listCalls: async () => ({ calls: [], nextCursor: null }),
    getCall: async () => {
      throw new Error('not used');
    },
    getRecording: async () => ({ url, expiresAt: Date.now() + 3_600_000, ...extra }),
  };
}

/** The canvas the conversation's marks are drawn on, inside wavesurfer's shadow root. */
export function marksCanvas(root: HTMLElement): HTMLCanvasElement | null {
  const host = root.querySelector<HTMLElement>('[data-part="waveform"]')!;
  const shadow = host.firstElementChild?.shadowRoot ?? host.shadowRoot;
  return shadow?.querySelector<HTMLCanvasElement>('canvas[data-marks]') ?? null;
}

/** A CSS colour (a token's value as the player sees it) as the RGBA a canvas stores for it. */
export function tokenRgba(root: HTMLElement, token: string): [number, number, number, number] {
  const value = getComputedStyle(root.querySelector('[data-talkturo-root]') ?? root).getPropertyValue(token).trim();
  const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  return [...probe.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
}

/**
 * The mark colour drawn at `seconds` (of a call `duration` long) on the marks' canvas: on the caller's
 * lane (0), the assistant's (1), or where both are covered (undefined: the middle of each). Null: none.
 */
export function markAt(root: HTMLElement, seconds: number, duration: number, lane?: 0 | 1): [number, number, number, number] | null {
  const canvas = marksCanvas(root);
  if (!canvas) return null;
  const waveform = root.querySelector<HTMLElement>('[data-part="waveform"]')!.getBoundingClientRect();
  const box = canvas.getBoundingClientRect();
  const x = Math.round(((waveform.left + (seconds / duration) * waveform.width) - box.left) * (canvas.width / box.width));
  const y = Math.round((lane === undefined ? 0.5 : lane === 0 ? 0.25 : 0.75) * canvas.height);
  if (x < 0 || x >= canvas.width) return null;
  const pixel = [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data] as [number, number, number, number];
  return pixel[3] === 0 ? null : pixel;
}

/** Whether two RGBA colours are the same but for rounding (or a faint mark drawn under this one). */
export const sameColour = (a: readonly number[] | null, b: readonly number[]) => !!a && a.every((v, i) => Math.abs(v - b[i]!) <= 8);

/** A point of the test's page in the runner's page (the test runs in an iframe), for CDP input. */
export function onPage(x: number, y: number) {
  const frame = window.frameElement?.getBoundingClientRect();
  const scale = frame ? frame.width / window.innerWidth : 1;
  return { x: (frame?.left ?? 0) + x * scale, y: (frame?.top ?? 0) + y * scale };
}

import { render, screen, waitFor } from '@testing-library/react';
import { expect, inject, vi } from 'vitest';
import { createHttpAdapter, type CallsAdapter, type CallSummary } from '../../src';

export const playerBackend = inject('playerBackend');

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
  const canvases = [...(shadow?.querySelectorAll<HTMLCanvasElement>('.canvases canvas') ?? [])];
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

// The demo backend's recordings behave like S3's: a presigned URL works, answers Range with 206,
// stops working after its lifetime with S3's own 403, and a fresh one from the adapter works again.
import { describe, expect, inject, it } from 'vitest';
import { createHttpAdapter } from '../../src';

const backend = inject('demoBackend');
const adapter = createHttpAdapter({ baseUrl: backend.url, accountSlug: backend.account, getToken: async () => backend.token });

async function firstCallWithRecording() {
  const { calls } = await adapter.listCalls({ limit: 20 });
  const call = calls.find((c) => c.recording === 'available');
  if (!call) throw new Error('the demo backend should seed calls with recordings');
  return call;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('recordings through the demo backend', () => {
  it('serves a presigned URL on another origin, with CORS and Range', async () => {
    const call = await firstCallWithRecording();
    const recording = (await adapter.getRecording(call.id))!;
    expect(new URL(recording.url).origin).not.toBe(location.origin);
    expect(new URL(recording.url).origin).not.toBe(new URL(backend.url).origin);
    expect(recording.url).toContain('X-Amz-Signature=');

    const full = await fetch(recording.url);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('audio/mpeg');
    expect(full.headers.get('content-disposition')).toBe(`attachment; filename="${call.id}.mp3"`);
    const bytes = new Uint8Array(await full.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(50_000);

    const part = await fetch(recording.url, { headers: { Range: 'bytes=0-1023' } });
    expect(part.status).toBe(206);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(0, 1024));
  });

  it('answers 403 "Request has expired" after the lifetime, and a fresh URL works again', async () => {
    const call = await firstCallWithRecording();
    const first = (await adapter.getRecording(call.id))!;
    expect((await fetch(first.url)).status).toBe(200);
    expect(Date.parse(String(first.expiresAt)) - Date.now()).toBeLessThanOrEqual(backend.urlLifetimeSeconds * 1000);

    await sleep(backend.urlLifetimeSeconds * 1000 + 1_200);
    const expired = await fetch(first.url, { cache: 'no-store' }); // the earlier 200 may sit in the HTTP cache
    expect(expired.status).toBe(403);
    const body = await expired.text();
    expect(body).toContain('AccessDenied');
    expect(body).toContain('Request has expired');

    const fresh = (await adapter.getRecording(call.id))!;
    expect(fresh.url).not.toBe(first.url);
    expect((await fetch(fresh.url)).status).toBe(200);
  });

  it('decodes the recording as two channels: caller on the left, assistant on the right', async () => {
    const call = await firstCallWithRecording();
    const [detail, recording] = await Promise.all([adapter.getCall(call.id), adapter.getRecording(call.id)]);
    const audio = await new AudioContext().decodeAudioData(await (await fetch(recording!.url)).arrayBuffer());
    expect(audio.numberOfChannels).toBe(2);
    const rms = (channel: number, from: number, to: number) => {
      const data = audio.getChannelData(channel).subarray(Math.floor(from * audio.sampleRate), Math.floor(to * audio.sampleRate));
      return Math.sqrt(data.reduce((sum, v) => sum + v * v, 0) / data.length);
    };
    for (const turn of detail.transcript!.slice(0, 4)) {
      const [voice, other] = turn.speaker === 'caller' ? [0, 1] : [1, 0];
      const loud = rms(voice, turn.startSeconds, turn.endSeconds!);
      expect(loud).toBeGreaterThan(0.01);
      expect(rms(other, turn.startSeconds, turn.endSeconds!)).toBeLessThan(loud / 10);
    }
  });

  it('answers unknown ids with not-found and bad tokens with unauthorized', async () => {
    await expect(adapter.getCall('no-such-call')).rejects.toMatchObject({ code: 'not-found' });
    await expect(adapter.getRecording('no-such-call')).resolves.toBeNull();
    const wrong = createHttpAdapter({ baseUrl: backend.url, accountSlug: backend.account, getToken: () => 'wrong' });
    await expect(wrong.listCalls({})).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('filters and pages the list on the server', async () => {
    const first = await adapter.listCalls({ limit: 5, status: ['completed'], sort: { field: 'costUsd', order: 'desc' } });
    expect(first.calls).toHaveLength(5);
    expect(first.total).toBeGreaterThan(5);
    const second = await adapter.listCalls({ limit: 5, status: ['completed'], sort: { field: 'costUsd', order: 'desc' }, cursor: first.nextCursor! });
    const costs = [...first.calls, ...second.calls].map((c) => c.costUsd!);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(new Set([...first.calls, ...second.calls].map((c) => c.status))).toEqual(new Set(['completed']));
  });
});

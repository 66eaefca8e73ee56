import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type CallDirection, type CallSummary } from '../../src';
import { FIXTURE_CALLS } from '../../src/adapter/fixtures/transcripts';

const NOW = Date.UTC(2026, 10, 20, 15);

const URLS = { short: 'https://cdn.test/short.mp3', long: 'https://cdn.test/long.mp3' };

async function everything(adapter = createMemoryAdapter({ calls: 300, now: NOW })) {
  const calls: CallSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listCalls({ limit: 100, ...(cursor ? { cursor } : {}) });
    calls.push(...page.calls);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return calls;
}

describe('createMemoryAdapter', () => {
  it('is deterministic for a seed and anchor time', async () => {
    const a = await createMemoryAdapter({ calls: 50, seed: 3, now: NOW }).listCalls({ limit: 50 });
    const b = await createMemoryAdapter({ calls: 50, seed: 3, now: NOW }).listCalls({ limit: 50 });
    const c = await createMemoryAdapter({ calls: 50, seed: 4, now: NOW }).listCalls({ limit: 50 });
    expect(a).toEqual(b);
    expect(c.calls.map((x) => x.id)).not.toEqual(a.calls.map((x) => x.id));
  });

  it('covers every status, direction and recording state in the first ten calls', async () => {
    const { calls } = await createMemoryAdapter({ calls: 10, now: NOW }).listCalls({ limit: 10 });
    expect(new Set(calls.map((c) => c.recording))).toEqual(new Set(['available', 'processing', 'disabled', 'not-captured', 'purged']));
    expect(new Set(calls.map((c) => c.direction))).toEqual(new Set(['inbound', 'outbound', 'web']));
    expect(new Set(calls.map((c) => c.status))).toEqual(new Set(['completed', 'no-answer', 'failed', 'busy', 'canceled', 'in-progress']));
  });

  it('pages through every call by cursor without repeats', async () => {
    const calls = await everything();
    expect(calls).toHaveLength(300);
    expect(new Set(calls.map((c) => c.id)).size).toBe(300);
    const times = calls.map((c) => Date.parse(c.startedAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('makes 100,000 calls and reports the total', async () => {
    const page = await createMemoryAdapter({ calls: 100_000, now: NOW }).listCalls({ limit: 20, cursor: 'o99990' });
    expect(page.total).toBe(100_000);
    expect(page.calls).toHaveLength(10);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by status, direction, assistant, date and search, and sorts by cost', async () => {
    const adapter = createMemoryAdapter({ calls: 300, now: NOW });
    const all = await everything(adapter);
    const sample = all[20]!;
    const { calls } = await adapter.listCalls({
      status: ['completed'], direction: [sample.direction as CallDirection], assistantId: sample.assistantId, limit: 500,
      from: new Date(NOW - 7 * 86_400_000).toISOString(), sort: { field: 'costUsd', order: 'asc' },
    });
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      expect(c).toMatchObject({ status: 'completed', direction: sample.direction, assistantId: sample.assistantId });
      expect(Date.parse(c.startedAt)).toBeGreaterThanOrEqual(NOW - 7 * 86_400_000);
    }
    const costs = calls.map((c) => c.costUsd!);
    expect(costs).toEqual([...costs].sort((x, y) => x - y));
    const found = await adapter.listCalls({ search: sample.id.slice(0, 13) });
    expect(found.calls.map((c) => c.id)).toContain(sample.id);
  });

  it('gives transcripts whose turns fall inside the recording they belong to', async () => {
    const adapter = createMemoryAdapter({ calls: 40, now: NOW, recordingUrls: URLS });
    const withRecording = (await everything(adapter)).filter((c) => c.recording === 'available');
    expect(withRecording.length).toBeGreaterThan(5);
    for (const summary of withRecording) {
      const [detail, recording] = await Promise.all([adapter.getCall(summary.id), adapter.getRecording(summary.id)]);
      expect(recording).not.toBeNull();
      const fixture = Object.values(FIXTURE_CALLS).find((f) => f.durationSeconds === recording!.durationSeconds)!;
      // The fixture's turns, each with word timings inside it; the events inside the call.
      expect(detail.transcript?.map(({ words: _, ...turn }) => turn)).toEqual(fixture.turns);
      for (const turn of detail.transcript!) {
        expect(turn.words?.map((w) => w.text).join(' ')).toBe(turn.text);
        for (const w of turn.words!) {
          expect(w.startSeconds).toBeGreaterThanOrEqual(turn.startSeconds);
          expect(w.endSeconds).toBeLessThanOrEqual(turn.endSeconds! + 0.01);
        }
      }
      expect(detail.events?.length).toBeGreaterThan(0);
      for (const e of detail.events!) expect(e.atSeconds).toBeLessThan(fixture.durationSeconds);
      expect(detail.durationSeconds).toBe(fixture.durationSeconds);
      expect(recording!.url).toMatch(/^https:\/\/cdn\.test\/(short|long)\.mp3\?expires=\d+$/);
      expect(Number(recording!.expiresAt)).toBeGreaterThan(Date.now());
    }
  });

  it('has no recording for calls whose recording is not available, and rejects unknown ids', async () => {
    const adapter = createMemoryAdapter({ calls: 10, now: NOW, processingMs: 60_000 });
    const { calls } = await adapter.listCalls({ limit: 10 });
    for (const c of calls.filter((x) => x.recording !== 'available')) {
      await expect(adapter.getRecording(c.id)).resolves.toBeNull();
    }
    await expect(adapter.getCall('nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(adapter.getRecording('nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('finishes processing recordings after processingMs', async () => {
    const adapter = createMemoryAdapter({ calls: 10, now: NOW, processingMs: 0, recordingUrls: URLS });
    const { calls } = await adapter.listCalls({ limit: 10 });
    const processed = (await adapter.listCalls({ limit: 10 })).calls[0]!;
    expect(calls[0]!.recording).toBe('available');
    expect(processed.recording).toBe('available');
    await expect(adapter.getRecording(processed.id)).resolves.not.toBeNull();
  });

  it('without recordingUrls, a recording answers with a clear error naming the option (the package ships no audio)', async () => {
    const adapter = createMemoryAdapter({ calls: 10, now: NOW, processingMs: 0 });
    const call = (await adapter.listCalls({ limit: 10 })).calls.find((c) => c.recording === 'available')!;
    await expect(adapter.getRecording(call.id)).rejects.toMatchObject({ name: 'AdapterError', message: expect.stringContaining('recordingUrls') });
  });

  it('honours AbortSignal while simulating latency', async () => {
    const controller = new AbortController();
    const pending = createMemoryAdapter({ calls: 10, latencyMs: 1_000 }).listCalls({}, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('toggles recording per assistant and lists assistants', async () => {
    const adapter = createMemoryAdapter({ calls: 10 });
    const assistants = await adapter.listAssistants!();
    expect(assistants.length).toBeGreaterThan(2);
    await expect(adapter.setRecordingEnabled!(assistants[0]!.id, false)).resolves.toBeUndefined();
    await expect(adapter.setRecordingEnabled!('nobody', true)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a call count outside 0..100,000', () => {
    expect(() => createMemoryAdapter({ calls: 100_001 })).toThrow(RangeError);
    expect(() => createMemoryAdapter({ calls: -1 })).toThrow(RangeError);
  });
});

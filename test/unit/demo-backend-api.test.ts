// @vitest-environment node
// The demo backend end to end through its HTTP API: peaks stored by its upload job handed out with the
// signed URL, and notes kept across a restart. It starts the whole backend (embedded S3, the peaks and
// redaction jobs over an hour of audio), so the mutation run (test/mutation/vitest.config.ts) leaves it out:
// the library code it passes through is checked by the unit tests of each module.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePeaks } from '../../src/peaks/index';
import { createHttpAdapter, isAdapterError, type AdapterError } from '../../src';
import { DEMO_ACCOUNT, DEMO_TOKEN, startDemoBackend } from '../../demo/backend/server';
import { demoRecordings } from '../../demo/backend/recordings';

describe('the demo backend', () => {
  it('hands out the peaks its upload job stored, with the signed URL', async () => {
    const backend = await startDemoBackend({ calls: 40 });
    try {
      const get = async (path: string) =>
        (await fetch(`${backend.url}/api/${path}${path.includes('?') ? '&' : '?'}accountSlug=${DEMO_ACCOUNT}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } })).json();
      const { data } = await get('calls?limit=40');
      const withRecording = (data as { id: string; recording_status?: string; recording?: string }[]).filter((c) => (c.recording_status ?? c.recording) === 'available');
      expect(withRecording.length).toBeGreaterThan(0);
      const answer = await get(`calls/${withRecording[0]!.id}/recording`);
      expect(answer.url).toMatch(/X-Amz-Signature=/);
      const recordings = demoRecordings();
      const stored = await Promise.all((['short', 'long'] as const).map((name) => computePeaks(recordings[name].bytes, { bits: 8, pixelsPerSecond: 50, maxLength: 20_000 })));
      expect(stored).toContainEqual(answer.peaks);
    } finally {
      await backend.close();
    }
  }, 60_000);
});

describe('the demo API through the HTTP adapter', () => {
  it('creates, lists, edits and deletes; a stale edit is a conflict; notes survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'talkturo-notes-test-'));
    const backend = await startDemoBackend({ calls: 5, dataDir });
    const adapter = () => createHttpAdapter({ baseUrl: backend.url, accountSlug: DEMO_ACCOUNT, getToken: () => DEMO_TOKEN });
    let callId = '';
    let noteId = '';
    try {
      const { calls } = await adapter().listCalls({ limit: 5 });
      callId = calls[0]!.id;
      const made = await adapter().createAnnotation!(callId, { start: 4.5, end: 7, labelId: 'hallucination', text: 'Invented a refund policy.' });
      noteId = made.id;
      expect(made).toMatchObject({ callId, start: 4.5, end: 7, labelId: 'hallucination', version: 1, canEdit: true });
      const edited = await adapter().updateAnnotation!(callId, made.id, { text: 'Invented a 90-day refund policy.', version: 1 });
      expect(edited.version).toBe(2);
      const stale = await adapter().updateAnnotation!(callId, made.id, { text: 'from another tab', version: 1 }).catch((e: unknown) => e);
      expect(isAdapterError(stale) && stale.code).toBe('conflict');
      expect((stale as Error).message).toMatch(/HTTP 409/);
      await adapter().createAnnotation!(callId, { start: 1 });
      const gone = await adapter().createAnnotation!(callId, { start: 2 });
      await adapter().deleteAnnotation!(callId, gone.id);
      const bad = await adapter().createAnnotation!(callId, { start: 5, end: 1 }).catch((e: unknown) => e);
      expect(isAdapterError(bad) && (bad as AdapterError).status).toBe(400);
    } finally {
      await backend.close();
    }
    const again = await startDemoBackend({ calls: 5, dataDir });
    try {
      const notes = await createHttpAdapter({ baseUrl: again.url, accountSlug: DEMO_ACCOUNT, getToken: () => DEMO_TOKEN }).listAnnotations!(callId);
      expect(notes.map((n) => [n.start, n.text, n.version])).toEqual([[1, undefined, 1], [4.5, 'Invented a 90-day refund policy.', 2]]);
      expect(notes[1]!.id).toBe(noteId);
    } finally {
      await again.close();
    }
  }, 60_000);
});

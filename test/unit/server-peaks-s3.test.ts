// @vitest-environment node
// The S3 upload hook end to end against the demo's embedded S3 (s3rver): an upload raises S3's event
// notification, the handler reads the recording through the AWS SDK and writes its peaks beside it
// (the demo API handing them out is in demo-backend-api.test.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeaks, redactRecording, type RedactionRange } from '../../src/peaks/index';
import { createPeaksHandler, PeaksHandlerError, peaksKeyFor, redactedKeyFor } from '../../src/peaks/s3';
import { startStorage, type S3Notification, type Storage } from '../../demo/backend/storage';

const MP3 = new Uint8Array(readFileSync('src/adapter/fixtures/call-short.mp3'));
const json = (bytes: Uint8Array | null) => (bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null);

describe('the S3 peaks handler', () => {
  let storage: Storage;
  const events: S3Notification[] = [];
  beforeAll(async () => {
    storage = await startStorage();
    storage.onEvent((event) => events.push(event));
  });
  afterAll(() => storage.close());

  it('writes <key>.peaks.json beside a new recording, from the upload\'s own event', async () => {
    const key = 'calls/2026-11-24/call one.mp3';
    await storage.put(key, MP3);
    const event = events.find((e) => e.Records[0]?.s3.object.key === key);
    expect(event?.Records[0]?.eventName).toBe('ObjectCreated:Put');
    const handler = createPeaksHandler({ client: storage.client, bits: 8, pixelsPerSecond: 50 });
    const result = await handler(event!);
    expect(result.written).toEqual([{ bucket: 'call-recordings', key, peaksKey: `${key}.peaks.json`, bytes: expect.any(Number) }]);
    expect(json(await storage.get(peaksKeyFor(key)))).toEqual(await computePeaks(MP3, { bits: 8, pixelsPerSecond: 50 }));
  });

  it('decodes keys as S3 sends them, skips what is not a recording, and reports failures after doing the rest', async () => {
    await storage.put('in box/b+c.mp3', MP3);
    const handler = createPeaksHandler({ client: storage.client });
    const record = (key: string, eventName = 'ObjectCreated:Put') => ({ eventName, s3: { bucket: { name: 'call-recordings' }, object: { key } } });
    const event = {
      Records: [
        record('in+box/b%2Bc.mp3'), // S3's form of "in box/b+c.mp3"
        record('notes/readme.txt'),
        record('in+box/b%2Bc.mp3.peaks.json'),
        record('in+box/b%2Bc.mp3', 'ObjectRemoved:Delete'),
        record('missing/nothing.mp3'),
      ],
    };
    const failure = await handler(event).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(PeaksHandlerError);
    const error = failure as PeaksHandlerError;
    expect(error.failures.map((f) => f.key)).toEqual(['missing/nothing.mp3']);
    expect(error.message).toMatch(/s3:\/\/call-recordings\/missing\/nothing\.mp3/);
    expect(error.result.written.map((w) => w.key)).toEqual(['in box/b+c.mp3']);
    expect(error.result.skipped.map((s) => [s.key, s.reason])).toEqual([
      ['notes/readme.txt', 'not a recording'],
      ['in box/b+c.mp3.peaks.json', 'not a recording'],
      ['in box/b+c.mp3', 'not an upload (ObjectRemoved:Delete)'],
    ]);
    expect(json(await storage.get('in box/b+c.mp3.peaks.json'))).toMatchObject({ version: 2, bits: 16, channels: 2 });
  });

  it('redacts a recording with <key>.redactions.json beside it, in either upload order; the redacted copy gets peaks, never a second redaction', async () => {
    const handler = createPeaksHandler({ client: storage.client, bits: 8 });
    const ranges: RedactionRange[] = [{ start: 5, end: 8 }, { start: 12.7, end: 15.5, channel: 'caller' }];
    const expected = await redactRecording(MP3, ranges);
    const eventFor = (key: string) => events.find((e) => e.Records[0]?.s3.object.key === key)!;

    // The redactions first, then the recording.
    await storage.put('calls/r1.mp3.redactions.json', new TextEncoder().encode(JSON.stringify(ranges)));
    const early = await handler(eventFor('calls/r1.mp3.redactions.json'));
    expect(early.redacted).toEqual([]);
    expect(early.skipped.map((x) => x.reason)).toEqual(['no recording calls/r1.mp3 yet: redacted when it comes']);
    await storage.put('calls/r1.mp3', MP3);
    const first = await handler(eventFor('calls/r1.mp3'));
    expect(first.written.map((w) => w.key)).toEqual(['calls/r1.mp3']);
    expect(first.redacted).toEqual([{ bucket: 'call-recordings', key: 'calls/r1.mp3', redactedKey: redactedKeyFor('calls/r1.mp3'), ranges: 2 }]);
    expect(await storage.get('calls/r1.mp3.redacted.mp3')).toEqual(expected);
    // Its own upload event: peaks for it, no redaction of the redacted.
    const second = await handler(eventFor('calls/r1.mp3.redacted.mp3'));
    expect(second.written.map((w) => w.peaksKey)).toEqual(['calls/r1.mp3.redacted.mp3.peaks.json']);
    expect(second.redacted).toEqual([]);

    // The recording first, then its redactions (with a beep).
    await storage.put('calls/r2.mp3', MP3);
    expect((await handler(eventFor('calls/r2.mp3'))).redacted).toEqual([]);
    await storage.put('calls/r2.mp3.redactions.json', new TextEncoder().encode(JSON.stringify({ ranges, mode: 'beep' })));
    const late = await handler(eventFor('calls/r2.mp3.redactions.json'));
    expect(late.redacted.map((r) => r.redactedKey)).toEqual(['calls/r2.mp3.redacted.mp3']);
    expect(await storage.get('calls/r2.mp3.redacted.mp3')).toEqual(await redactRecording(MP3, ranges, { mode: 'beep' }));
  });

  it('writes nothing for an object that is not an MP3, and says so', async () => {
    await storage.put('calls/broken.mp3', new TextEncoder().encode('<Error>not audio</Error>'));
    const handler = createPeaksHandler({ client: storage.client });
    const record = { eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'call-recordings' }, object: { key: 'calls/broken.mp3' } } };
    await expect(handler({ Records: [record] })).rejects.toThrow(/no MP3 audio frames/);
    expect(await storage.get('calls/broken.mp3.peaks.json')).toBeNull();
  });
});

// The demo's upload pipeline, as a product would run it: every recording written to storage raises
// an S3 event, and the library's S3 handler writes `<key>.peaks.json` beside it. The API hands those
// out with the signed URL; nothing is decoded per viewer.
import { createPeaksHandler, peaksKeyFor } from '../../src/peaks/s3';
import type { Storage } from './storage';

export interface PeaksJob {
  /** The stored peaks of a recording (waiting for its job if it is still running), or null. */
  peaksOf(recordingKey: string): Promise<unknown>;
  stop(): void;
}

/** Points a lane needs at most: the player draws no more than this many for any length. */
const MAX_POINTS = 20_000;

export function startPeaksJob(storage: Storage): PeaksJob {
  // 8 bits are plenty to draw and halve the JSON; 50 points a second, fewer for long calls.
  const handle = createPeaksHandler({ client: storage.client, bits: 8, pixelsPerSecond: 50, maxLength: MAX_POINTS });
  const running = new Map<string, Promise<unknown>>();
  let stopped = false;
  const read = new Map<string, Promise<unknown>>();
  const unsubscribe = storage.onEvent((event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:') || !/\.mp3$/i.test(record.s3.object.key)) continue;
      const job = handle({ Records: [record] }).catch((error: unknown) => {
        if (!stopped) console.error('peaks job failed:', error); // a closing storage cuts a job short
      });
      running.set(record.s3.object.key, job);
      read.delete(record.s3.object.key);
    }
  });
  return {
    peaksOf(key) {
      let peaks = read.get(key);
      if (!peaks) {
        peaks = (async () => {
          await running.get(key);
          const bytes = await storage.get(peaksKeyFor(key));
          return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as unknown) : null;
        })();
        read.set(key, peaks);
      }
      return peaks;
    },
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}

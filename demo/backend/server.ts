// One process: the REST API on an HTTP server, the recordings in an embedded S3 on its own port
// (a second origin, as in production), everything on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { seedCalls } from '../../src/adapter/seed';
import { createApi, recordingKey, type DemoCall } from './api';
import { demoRedaction, REDACTED_CALL, REDACTED_KEY } from './redacted';
import { TWO_FILE_CALL, TWO_FILE_HOUR_CALL, twoFileKey } from './api';
import { withWordTimings } from '../../src/adapter/fixtures/extras';
import { startPeaksJob } from './peaksJob';
import { demoRecordings, fixtureBytes, repeatRecording } from './recordings';
import { startStorage } from './storage';
import { NotesFile } from './notes';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

export const DEMO_TOKEN = 'demo-token';
export const DEMO_ACCOUNT = 'demo';

export interface DemoBackendOptions {
  host?: string;
  port?: number;
  /** Presigned URL lifetime in seconds; default from TALKTURO_URL_LIFETIME or 60. */
  urlLifetimeSeconds?: number;
  calls?: number;
  processingMs?: number;
  /** Send the waveform peaks stored at upload with recordings (default true); the two hour-long calls ignore it. */
  peaks?: boolean;
  /**
   * Browser origins, besides the server's own, that may call the API (a test runner's page, a consumer
   * app on another port). Default none: any other page is refused, as the demo token is well known.
   */
  allowOrigin?: (origin: string) => boolean;
  /** Where notes are kept between restarts (default TALKTURO_DATA_DIR, else a new temporary folder). */
  dataDir?: string;
  /** Requests the API does not answer go here (the demo page's Vite middleware). */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface DemoBackend {
  url: string;
  storageUrl: string;
  close(): Promise<void>;
}

export function lifetimeFromEnv(): number {
  const raw = process.env.TALKTURO_URL_LIFETIME;
  const n = raw ? Number(raw) : 60;
  if (!Number.isFinite(n) || n < 1) throw new Error(`TALKTURO_URL_LIFETIME must be a number of seconds ≥ 1, got "${raw}"`);
  return Math.round(n);
}

/** IDs of the demo's hour-long calls: the first comes with server peaks, the second streams its waveform. */
export const HOUR_CALLS = ['hour-long-with-peaks', 'hour-long-streamed'] as const;

/** Right after the showcase calls: two hour-long recordings, one with peaks from the API, one without. */
function withHourLongCalls(calls: DemoCall[], durationSeconds: number): DemoCall[] {
  HOUR_CALLS.forEach((id, i) => {
    const call = calls[10 + i];
    if (!call) return;
    const endedAt = new Date(Date.parse(call.startedAt) + durationSeconds * 1000).toISOString();
    Object.assign(call, {
      id, status: 'completed', recording: 'available', fixture: 'hour', durationSeconds, endedAt, peaks: i === 0 ? 'always' : 'never',
      endedReason: 'customer-ended-call',
      summary: 'An hour-long claims review, repeated from the water-damage call.',
      metadata: { ...call.metadata, waveform: i === 0 ? 'peaks from the API' : 'streamed in the browser' },
    });
  });
  return calls;
}

/** IDs of the demo's calls that show what compliance needs: one under a legal hold. */
export const LEGAL_HOLD_CALL = 'legal-hold';

/** After the hour-long calls, the first completed short calls with a recording get these roles. */
function withSpecialCalls(calls: DemoCall[], durationSeconds: number): DemoCall[] {
  const candidates = calls.slice(12).filter((c) => c.status === 'completed' && c.recording === 'available' && c.fixture === 'short');
  const hold = candidates[0];
  const longs = calls.slice(12).filter((c) => c.status === 'completed' && c.recording === 'available' && c.fixture === 'long');
  const long = longs[0];
  // Stored as Vapi stores calls: the customer's and the assistant's audio as two mono files.
  if (longs[1]) Object.assign(longs[1], { id: TWO_FILE_CALL, twoFiles: 'long', metadata: { ...longs[1].metadata, storage: 'one file per side' } });
  // An hour stored so: what reading, decoding and merging two files costs a page at that length.
  if (longs[2]) {
    const endedAt = new Date(Date.parse(longs[2].startedAt) + durationSeconds * 1000).toISOString();
    Object.assign(longs[2], { id: TWO_FILE_HOUR_CALL, twoFiles: 'hour', fixture: 'hour', durationSeconds, endedAt, metadata: { ...longs[2].metadata, storage: 'one file per side, an hour' } });
  }
  if (long) {
    Object.assign(long, {
      id: REDACTED_CALL,
      redacted: true,
      // A backend redacts what it writes about the call too.
      summary: '[person name] asked about an open water-damage claim. The assistant confirmed the photos arrived, explained the three-day review, the $500 deductible and living-expense cover, and promised an emailed summary.',
      metadata: { ...long.metadata, redaction: 'name, email, postcode' },
    });
  }
  if (hold) {
    Object.assign(hold, {
      id: LEGAL_HOLD_CALL,
      legalHold: 'Legal hold: case 2026-114',
      consent: { atSeconds: 4.5, label: 'Recording consent given' },
      metadata: { ...hold.metadata, legal_hold: 'case 2026-114' },
    });
  }
  return calls;
}

/** Pages served from this machine (127.0.0.1, localhost, [::1]) on any port: for test runners. */
export const isLoopbackOrigin = (origin: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(origin);

export async function startDemoBackend(options: DemoBackendOptions = {}): Promise<DemoBackend> {
  const host = options.host ?? '127.0.0.1';
  let port = 0; // known once listening
  const names = () => [`${host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  const storage = await startStorage(host);
  const peaks = startPeaksJob(storage);
  const recordings = demoRecordings();
  for (const [name, recording] of Object.entries(recordings)) await storage.put(recordingKey(name as keyof typeof recordings), recording.bytes);
  // The redacted call: its redactions beside it first, then the recording; the S3 handler (the peaks
  // job) writes <key>.redacted.mp3 with the library's redactor.
  const redaction = demoRedaction(withWordTimings(recordings.long.turns));
  await storage.put(`${REDACTED_KEY}.redactions.json`, new TextEncoder().encode(JSON.stringify(redaction.ranges)));
  await storage.put(REDACTED_KEY, recordings.long.bytes);
  for (const side of ['caller', 'assistant'] as const) {
    await storage.put(twoFileKey(side), fixtureBytes(`long-${side}`));
    await storage.put(twoFileKey(side, 'hour'), repeatRecording(fixtureBytes(`long-${side}`), recordings.hour.durationSeconds).bytes);
  }
  const api = createApi({
    calls: withSpecialCalls(withHourLongCalls(seedCalls(options.calls ?? 1000, 1, Date.now()), recordings.hour.durationSeconds), recordings.hour.durationSeconds),
    recordings,
    redaction,
    ...(options.peaks === undefined ? {} : { sendPeaks: options.peaks }),
    storage,
    peaks,
    accountSlug: DEMO_ACCOUNT,
    token: DEMO_TOKEN,
    urlLifetimeSeconds: options.urlLifetimeSeconds ?? lifetimeFromEnv(),
    processingMs: options.processingMs ?? 10_000,
    allowHost: (value) => names().includes(value.toLowerCase()),
    allowOrigin: (origin) => names().some((name) => origin === `http://${name}`) || (options.allowOrigin?.(origin) ?? false),
    notes: new NotesFile(options.dataDir ?? process.env.TALKTURO_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'talkturo-demo-data-'))),
  });
  const server = createServer((req, res) => {
    api(req, res)
      .then((handled) => {
        if (handled) return;
        if (options.fallback) return options.fallback(req, res);
        res.statusCode = 404;
        res.end('Not found');
      })
      .catch((error: unknown) => {
        console.error(error);
        res.statusCode = 500;
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    url: `http://${host}:${port}`,
    storageUrl: storage.endpoint,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      peaks.stop();
      await storage.close();
    },
  };
}

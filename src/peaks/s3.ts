// The S3 upload hook: a handler of the shape AWS Lambda calls for S3 `ObjectCreated` notifications.
// Each new recording is read as a stream and its peaks are written beside it, once per recording,
// so every later view gets them with its signed URL and nothing is decoded in a browser. Where a
// recording has redactions (`<key>.redactions.json` beside it, or the host's own lookup), its redacted
// copy is written too, `<key>.redacted.mp3` — which, being a new recording, then gets its own peaks.
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { computePeaksJson, type ComputePeaksOptions } from './computePeaks.js';
import type { PeaksSource } from './sources.js';
import { redactRecording, type RedactionRange } from './redact.js';

/** The parts of an S3 event notification this handler reads. */
export interface S3EventLike {
  Records?: readonly {
    eventName?: string;
    s3?: { bucket?: { name?: string }; object?: { key?: string } };
  }[];
}

export interface PeaksHandlerOptions extends Omit<ComputePeaksOptions, 'signal'> {
  /** The S3 client to read and write with (default: `new S3Client({})`, configured from the environment). */
  client?: Pick<S3Client, 'send'>;
  /** Which new objects are recordings (default: keys ending in `.mp3`, any case). */
  isRecording?: (key: string) => boolean;
  /** Where a recording's peaks are written (default: `peaksKeyFor`). */
  peaksKey?: (key: string) => string;
  /**
   * A recording's redactions, or null for none (default: the JSON object `<key>.redactions.json` beside
   * it — `[{ start, end, channel? }, …]` or `{ ranges, mode }` — read when it exists). Uploading that
   * object after the recording redacts it then.
   */
  redactionsFor?: (bucket: string, key: string) => Promise<{ ranges: RedactionRange[]; mode?: 'silence' | 'beep' } | null>;
}

export interface PeaksHandlerResult {
  written: { bucket: string; key: string; peaksKey: string; bytes: number }[];
  redacted: { bucket: string; key: string; redactedKey: string; ranges: number }[];
  skipped: { bucket: string; key: string; reason: string }[];
}

/** Some records failed; the others were written. Thrown so that Lambda retries the event. */
export class PeaksHandlerError extends Error {
  override name = 'PeaksHandlerError';
  constructor(readonly failures: { bucket: string; key: string; error: unknown }[], readonly result: PeaksHandlerResult) {
    super(`Peaks failed for ${failures.map((f) => `s3://${f.bucket}/${f.key} (${(f.error as Error)?.message ?? String(f.error)})`).join(', ')}`);
  }
}

/** `calls/abc.mp3` → `calls/abc.mp3.peaks.json` */
export const peaksKeyFor = (key: string): string => `${key}.peaks.json`;

/** `calls/abc.mp3` → `calls/abc.mp3.redacted.mp3` */
export const redactedKeyFor = (key: string): string => `${key}.redacted.mp3`;

const REDACTIONS = '.redactions.json';
const isRedacted = (key: string) => key.endsWith('.redacted.mp3');

async function bodyBytes(body: unknown): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const isMp3 = (key: string) => /\.mp3$/i.test(key);

/** S3 sends keys URL-encoded, spaces as `+`. */
function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

export function createPeaksHandler(options: PeaksHandlerOptions = {}): (event: S3EventLike) => Promise<PeaksHandlerResult> {
  const { client: given, isRecording = isMp3, peaksKey = peaksKeyFor, redactionsFor, ...peaksOptions } = options;
  let client = given;
  const sidecar = async (bucket: string, key: string) => {
    try {
      const object = await client!.send(new GetObjectCommand({ Bucket: bucket, Key: `${key}${REDACTIONS}` }));
      const json = JSON.parse(Buffer.from(await bodyBytes(object.Body)).toString('utf8')) as unknown;
      const ranges = Array.isArray(json) ? json : (json as { ranges?: unknown }).ranges;
      if (!Array.isArray(ranges)) throw new Error(`${key}${REDACTIONS} holds no list of ranges`);
      return { ranges: ranges as RedactionRange[], mode: (json as { mode?: 'silence' | 'beep' }).mode ?? 'silence' };
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  };
  const redact = async (bucket: string, key: string, result: PeaksHandlerResult) => {
    const wanted = await (redactionsFor ?? sidecar)(bucket, key);
    if (!wanted) return;
    const object = await client!.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const bytes = await redactRecording(await bodyBytes(object.Body), wanted.ranges, { mode: wanted.mode ?? 'silence' });
    const target = redactedKeyFor(key);
    await client!.send(new PutObjectCommand({ Bucket: bucket, Key: target, Body: bytes, ContentType: 'audio/mpeg' }));
    result.redacted.push({ bucket, key, redactedKey: target, ranges: wanted.ranges.length });
  };
  return async (event) => {
    client ??= new S3Client({});
    const result: PeaksHandlerResult = { written: [], redacted: [], skipped: [] };
    const failures: PeaksHandlerError['failures'] = [];
    for (const record of event.Records ?? []) {
      const bucket = record.s3?.bucket?.name ?? '';
      const key = decodeKey(record.s3?.object?.key ?? '');
      const target = peaksKey(key);
      const skip = (reason: string) => result.skipped.push({ bucket, key, reason });
      if (!record.eventName?.startsWith('ObjectCreated:')) skip(`not an upload (${record.eventName ?? 'no event name'})`);
      else if (!bucket || !key) skip('no bucket or key in the record');
      else if (!redactionsFor && key.endsWith(REDACTIONS) && isRecording(key.slice(0, -REDACTIONS.length))) {
        // The redactions came after the recording: redact it now.
        const recording = key.slice(0, -REDACTIONS.length);
        try {
          await redact(bucket, recording, result);
        } catch (error) {
          if ((error as { name?: string }).name === 'NoSuchKey') skip(`no recording ${recording} yet: redacted when it comes`);
          else failures.push({ bucket, key: recording, error });
        }
      } else if (target === key || !isRecording(key)) skip('not a recording');
      else {
        try {
          const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          if (!object.Body) throw new Error('the object has no body');
          const json = Buffer.concat([...(await computePeaksJson(object.Body as PeaksSource, peaksOptions))]);
          await client.send(new PutObjectCommand({ Bucket: bucket, Key: target, Body: json, ContentType: 'application/json' }));
          result.written.push({ bucket, key, peaksKey: target, bytes: json.length });
          // A redacted copy is a recording too (it gets peaks), never redacted again.
          if (!isRedacted(key)) await redact(bucket, key, result);
        } catch (error) {
          failures.push({ bucket, key, error });
        }
      }
    }
    if (failures.length) throw new PeaksHandlerError(failures, result);
    return result;
  };
}

/** For a Lambda subscribed to `s3:ObjectCreated:*`: `export { handler } from '@talkturo/components-react/peaks/s3'`. */
export const handler = createPeaksHandler();

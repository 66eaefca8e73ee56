// The Talkturo-shaped REST API of the demo: the SPEC.md endpoints over seeded calls.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FIXTURE_EVENTS, FIXTURE_LATENCY, withWordTimings } from '../../src/adapter/fixtures/extras';
import { attachTurnLatencies } from '../../src/adapter/platformLatency';
import { redactedKeyFor } from '../../src/peaks/s3';
import { REDACTED_KEY, type DemoRedaction } from './redacted';
import { filterCalls, pageOf } from '../../src/adapter/memory';
import { SEED_ASSISTANTS, type SeededCall } from '../../src/adapter/seed';
import type { Storage } from './storage';
import type { PeaksJob } from './peaksJob';
import type { DemoRecording, RecordingName } from './recordings';
import { detailToWire, queryFromParams, summaryToWire } from './wire';
import type { TranscriptTurn } from '../../src/types';
import { isAdapterError } from '../../src/adapter/errors';
import { noteFromWire, noteToWire, type NotesFile } from './notes';

/** A seeded call, with the demo recording it plays and whether the API sends its peaks. */
export type DemoCall = Omit<SeededCall, 'fixture'> & {
  fixture?: RecordingName;
  peaks?: 'always' | 'never';
  /** Under a legal hold: its recording plays but is not offered for download, for this reason. */
  legalHold?: string;
  /** Its recording is served redacted (the original on `?variant=original`), its transcript masked. */
  redacted?: boolean;
  /** Its recording is two mono files, one per side, each with its own signed URL (3 minutes or an hour). */
  twoFiles?: 'long' | 'hour';
};

export const TWO_FILE_CALL = 'two-files';
export const TWO_FILE_HOUR_CALL = 'two-files-hour';
export const twoFileKey = (side: 'caller' | 'assistant', length: 'long' | 'hour' = 'long') => `recordings/two-files${length === 'hour' ? '-hour' : ''}-${side}.mp3`;

export interface ApiOptions {
  calls: DemoCall[];
  recordings: Record<RecordingName, DemoRecording>;
  /** The redacted call's transcript spans and audio ranges. */
  redaction?: DemoRedaction;
  /** Send the stored peaks with recordings (default true); a call's own `peaks` setting wins. */
  sendPeaks?: boolean;
  storage: Storage;
  /** Where the peaks written at upload are read from. */
  peaks: PeaksJob;
  accountSlug: string;
  token: string;
  /** Lifetime of a presigned recording URL, in seconds. */
  urlLifetimeSeconds: number;
  /** A `processing` recording turns `available` this long after the server starts. */
  processingMs: number;
  /** Whether a browser page of this origin may call the API (its own origin, unless told otherwise). */
  allowOrigin: (origin: string) => boolean;
  /** Whether a Host header names this server (DNS rebinding sends another name). */
  allowHost: (host: string) => boolean;
  notes: NotesFile;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Where a demo recording is stored. */
export const recordingKey = (name: RecordingName) => `recordings/${name}.mp3`;

function send(res: ServerResponse, status: number, body?: unknown) {
  res.statusCode = status;
  // Node writes Date from its own clock; this one follows the demo's (possibly offset) clock.
  res.setHeader('Date', new Date().toUTCString());
  if (body === undefined) return res.end();
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

export function createApi(options: ApiOptions): Handler {
  const startedAt = Date.now();
  const byId = new Map(options.calls.map((c) => [c.id, c]));
  const assistants = SEED_ASSISTANTS.map((a) => ({ ...a }));
  // The fixture's turns with word timings and what the pipeline reported for each answer (the hour-long
  // call repeats the long one's, as it repeats its audio).
  const transcripts = new Map<string, TranscriptTurn[]>();
  const demoTranscript = (fixture: RecordingName) => {
    let turns = transcripts.get(fixture);
    if (!turns) {
      const latency = fixture === 'short' ? FIXTURE_LATENCY.short : FIXTURE_LATENCY.long;
      const source = options.recordings[fixture].turns;
      const perCopy = FIXTURE_LATENCY.long.length;
      turns = attachTurnLatencies(withWordTimings(source), fixture === 'hour' ? Array.from({ length: Math.ceil(source.length / 2) }, (_, i) => latency[i % perCopy]!) : latency);
      transcripts.set(fixture, turns);
    }
    return turns;
  };
  const settle = (call: DemoCall) => {
    if (call.recording === 'processing' && call.status !== 'in-progress' && Date.now() - startedAt >= options.processingMs) {
      call.recording = 'available';
    }
    return call;
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    if (!url.pathname.startsWith('/api/')) return false;
    // A page on another site, or a name that rebinds to 127.0.0.1, gets nothing: the token is well known.
    if (!options.allowHost(req.headers.host ?? '')) return send(res, 421, { error: 'misdirected', message: 'Unknown host.' }), true;
    const origin = req.headers.origin;
    if (origin !== undefined && !options.allowOrigin(origin)) return send(res, 403, { error: 'forbidden', message: 'Origin not allowed.' }), true;
    if (origin !== undefined) res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, If-Match');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
    // The player reads the API's clock from Date to place expires_at on the browser's clock.
    res.setHeader('Access-Control-Expose-Headers', 'Date');
    if (req.method === 'OPTIONS') return send(res, 204), true;
    let parts: string[]; // ['api', ...]
    try {
      parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return send(res, 400, { error: 'bad_request', message: 'Malformed path.' }), true;
    }

    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return send(res, 401, { error: 'unauthorized', message: 'Missing or invalid bearer token.' }), true;
    }
    if (url.searchParams.get('accountSlug') !== options.accountSlug && req.method === 'GET') {
      return send(res, 404, { error: 'not_found', message: 'Unknown account.' }), true;
    }

    const notesRoute = async (req: IncomingMessage, res: ServerResponse, callId: string, noteId: string | undefined) => {
      if (noteId === undefined && req.method === 'GET') return send(res, 200, { data: options.notes.list(callId).map(noteToWire) });
      if (noteId === undefined && req.method === 'POST') {
        const draft = noteFromWire(await readJson(req));
        if (draft.start === undefined) return send(res, 400, { error: 'bad_request', message: 'start (seconds) is required.' });
        return send(res, 201, noteToWire(options.notes.create(callId, { ...draft, start: draft.start })));
      }
      if (noteId !== undefined && req.method === 'PATCH') {
        const patch = noteFromWire(await readJson(req));
        // The version the editor saw, from If-Match (or the body): an older one is a conflict.
        const version = Number((req.headers['if-match'] ?? '').replace(/^W\//, '').replace(/"/g, '')) || patch.version;
        if (version === undefined) return send(res, 428, { error: 'precondition_required', message: 'Send the version you edited (If-Match).' });
        return send(res, 200, noteToWire(options.notes.update(callId, noteId, { ...patch, version })));
      }
      if (noteId !== undefined && req.method === 'DELETE') return options.notes.delete(callId, noteId), send(res, 204);
      return send(res, 405, { error: 'method_not_allowed', message: `${req.method} is not allowed here.` });
    };

    try {
      if (req.method === 'GET' && parts.length === 2 && parts[1] === 'calls') {
        const query = queryFromParams(url.searchParams);
        const { labelId, ...rest } = query;
        const filtered = filterCalls(options.calls, rest);
        const matching = labelId ? filtered.filter((c) => options.notes.labelsOf(c.id).includes(labelId)) : filtered;
        const { rows, nextCursor } = pageOf(matching, query);
        // A call's labels are those of its notes.
        const labelled = (c: DemoCall) => {
          const labels = options.notes.labelsOf(c.id);
          return { ...summaryToWire(settle(c)), ...(labels.length ? { labels } : {}) };
        };
        return send(res, 200, { data: rows.map(labelled), next_cursor: nextCursor, total: matching.length }), true;
      }
      if (parts[1] === 'calls' && parts[3] === 'annotations' && parts.length <= 5) {
        if (!byId.has(parts[2]!)) return send(res, 404, { error: 'not_found', message: `No call ${parts[2]}.` }), true;
        return await notesRoute(req, res, parts[2]!, parts[4]), true;
      }
      if (req.method === 'GET' && parts[1] === 'calls' && parts.length >= 3) {
        const call = byId.get(parts[2]!);
        if (!call) return send(res, 404, { error: 'not_found', message: `No call ${parts[2]}.` }), true;
        settle(call);
        if (parts.length === 3) {
          const events = call.fixture && call.fixture in FIXTURE_EVENTS ? FIXTURE_EVENTS[call.fixture as keyof typeof FIXTURE_EVENTS] : undefined;
          const detail = call.fixture ? { ...call, transcript: demoTranscript(call.fixture), ...(events ? { events } : {}) } : call;
          const wire = detailToWire(detail);
          if (call.redacted && options.redaction) redactedWire(wire, options.redaction);
          return send(res, 200, wire), true;
        }
        if (parts.length === 4 && parts[3] === 'recording') {
          if (call.recording !== 'available' || !call.fixture) {
            return send(res, 404, { error: 'not_found', message: `Call ${call.id} has no recording (${call.recording}).` }), true;
          }
          const lifetime = options.urlLifetimeSeconds;
          if (call.twoFiles) {
            const length = call.twoFiles;
            const file = async (side: 'caller' | 'assistant') => ({
              url: await options.storage.presign(twoFileKey(side, length), lifetime, `${call.id}-${side}.mp3`),
              expires_at: new Date(Date.now() + lifetime * 1000).toISOString(),
            });
            return send(res, 200, { channels: { caller: await file('caller'), assistant: await file('assistant') }, duration_seconds: options.recordings[length].durationSeconds }), true;
          }
          const original = url.searchParams.get('variant') === 'original';
          // The redacted copy is written by the upload job: wait for it, as a backend waits for its pipeline.
          if (call.redacted) await options.peaks.peaksOf(REDACTED_KEY);
          const key = call.redacted ? (original ? REDACTED_KEY : redactedKeyFor(REDACTED_KEY)) : recordingKey(call.fixture);
          const peaks = (call.peaks ?? (options.sendPeaks === false ? 'never' : 'always')) === 'always' ? await options.peaks.peaksOf(key) : null;
          // Signed last, as a backend should: the URL's life starts as the answer leaves.
          return send(res, 200, {
            url: await options.storage.presign(key, lifetime, `${call.id}.mp3`),
            expires_at: new Date(Date.now() + lifetime * 1000).toISOString(),
            duration_seconds: options.recordings[call.fixture].durationSeconds,
            ...(peaks ? { peaks } : {}),
            ...(call.legalHold ? { downloadable: false, download_blocked_reason: call.legalHold } : {}),
            ...(call.redacted ? { variant: original ? 'original' : 'redacted', original_available: true } : {}),
          }), true;
        }
      }
      if (parts[1] === 'assistants') {
        if (req.method === 'GET' && parts.length === 2) return send(res, 200, { data: assistants.map(({ id, name }) => ({ id, name })) }), true;
        if (req.method === 'PATCH' && parts.length === 3) {
          const body = (await readJson(req)) as { accountSlug?: unknown; recording_enabled?: unknown } | null;
          const assistant = assistants.find((a) => a.id === parts[2]);
          if (!assistant || body?.accountSlug !== options.accountSlug) return send(res, 404, { error: 'not_found', message: 'Unknown assistant.' }), true;
          if (typeof body.recording_enabled !== 'boolean') return send(res, 400, { error: 'bad_request', message: 'recording_enabled must be a boolean.' }), true;
          assistant.recordingEnabled = body.recording_enabled;
          return send(res, 200, { id: assistant.id, name: assistant.name, recording_enabled: assistant.recordingEnabled }), true;
        }
      }
      return send(res, 404, { error: 'not_found', message: `No route ${req.method} ${url.pathname}.` }), true;
    } catch (error) {
      if (isAdapterError(error) && error.status) return send(res, error.status, { error: error.code, message: error.message }), true;
      return send(res, 400, { error: 'bad_request', message: (error as Error).message }), true;
    }
  };
}

/** The redacted call as an entity-detecting speech-to-text sends it: text, and what to mask in it. */
function redactedWire(wire: Record<string, unknown>, redaction: DemoRedaction): void {
  const turns = wire.transcript as Record<string, unknown>[] | undefined;
  turns?.forEach((turn, index) => {
    const spans = redaction.spans.get(index);
    if (spans) turn.redactions = spans;
  });
  wire.redactions = redaction.ranges.map((r) => ({ start: r.start, end: r.end, channel: r.channel, entity: r.entity }));
  // A tool call's arguments carry the email too.
  for (const event of (wire.events as { detail?: string }[] | undefined) ?? []) {
    if (event.detail) event.detail = event.detail.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email address]');
  }
}

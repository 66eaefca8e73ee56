import type { Annotation, AnnotationDraft, AnnotationPatch, Assistant, CallDetail, CallListPage, CallListQuery, CallsAdapter, CallSummary, RecordingSource, AdapterRequestOptions } from '../types.js';
import { NoteStore, type NoteAuthor } from './noteStore.js';
import { AdapterError } from './errors.js';
import { SEED_ASSISTANTS, seedCalls, type SeededAssistant, type SeededCall } from './seed.js';
import { FIXTURE_CALLS } from './fixtures/transcripts.js';
import { FIXTURE_EVENTS, withWordTimings } from './fixtures/extras.js';

export interface MemoryAdapterOptions {
  /** How many calls to make, 0 to 100,000 (default 200). */
  calls?: number;
  /** Same seed, same calls (default 1). */
  seed?: number;
  /** The moment the newest call is anchored to, in epoch ms (default: now). */
  now?: number;
  /** Simulated network time per request (default 0). */
  latencyMs?: number;
  /** How long a handed-out recording URL claims to be valid (default 60 s). */
  recordingLifetimeMs?: number;
  /** A `processing` recording becomes `available` this long after the adapter is made (default 8 s). */
  processingMs?: number;
  /**
   * Where the two demo recordings are served (stereo MP3s of about 18 s and 3 min; the repository's
   * `src/adapter/fixtures/call-{short,long}.mp3`, which the package does not ship). Without them, a
   * call's recording answers with a clear error rather than a URL a host's bundler may have broken.
   */
  recordingUrls?: Partial<Record<'short' | 'long', string>>;
  /** Who makes the notes this adapter keeps (default "You"); `false`: the adapter keeps no notes. */
  noteAuthor?: NoteAuthor | false;
  /** Notes to start with. */
  annotations?: Annotation[];
}

export const MAX_MEMORY_CALLS = 100_000;


function summaryOf(call: SeededCall): CallSummary {
  const { summary: _s, transcript: _t, metadata: _m, fixture: _f, ...rest } = call;
  return rest;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

const SORTERS = {
  startedAt: (c: CallSummary) => Date.parse(c.startedAt),
  durationSeconds: (c: CallSummary) => c.durationSeconds ?? -1,
  costUsd: (c: CallSummary) => c.costUsd ?? -1,
};

export function filterCalls<T extends CallSummary>(calls: readonly T[], query: CallListQuery): T[] {
  const from = query.from ? Date.parse(query.from) : -Infinity;
  const to = query.to ? Date.parse(query.to) : Infinity;
  const needle = query.search?.trim().toLowerCase();
  const result = calls.filter((c) => {
    const t = Date.parse(c.startedAt);
    if (t < from || t > to) return false;
    if (query.status?.length && !query.status.includes(c.status)) return false;
    if (query.direction?.length && !(query.direction as readonly string[]).includes(c.direction)) return false;
    if (query.assistantId && c.assistantId !== query.assistantId) return false;
    if (needle) {
      const haystack = [c.id, c.fromNumber, c.toNumber, c.assistantName, c.endedReason].join(' ').toLowerCase();
      if (!haystack.includes(needle)) return false;
    }
    return true;
  });
  const sort = query.sort ?? { field: 'startedAt', order: 'desc' };
  const key = SORTERS[sort.field];
  const sign = sort.order === 'asc' ? 1 : -1;
  return result.sort((a, b) => sign * (key(a) - key(b)) || a.id.localeCompare(b.id));
}

/** Pages by offset, written into an opaque cursor. */
export function pageOf<T>(rows: readonly T[], query: CallListQuery): { rows: T[]; nextCursor: string | null } {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = query.cursor ? Number.parseInt(query.cursor.replace(/^o/, ''), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw new AdapterError('invalid-response', `Unknown cursor "${query.cursor}".`);
  const end = offset + limit;
  return { rows: rows.slice(offset, end), nextCursor: end < rows.length ? `o${end}` : null };
}

/** Deterministic demo data in memory, for Storybook, tests and offline demos. */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): CallsAdapter {
  const count = options.calls ?? 200;
  if (!Number.isInteger(count) || count < 0 || count > MAX_MEMORY_CALLS) {
    throw new RangeError(`createMemoryAdapter: \`calls\` must be a whole number from 0 to ${MAX_MEMORY_CALLS}.`);
  }
  const createdAt = Date.now();
  const now = options.now ?? createdAt;
  const latency = options.latencyMs ?? 0;
  const lifetime = options.recordingLifetimeMs ?? 60_000;
  const processingMs = options.processingMs ?? 8_000;
  const assistants: SeededAssistant[] = SEED_ASSISTANTS.map((a) => ({ ...a }));
  let calls: SeededCall[] | undefined;
  let byId: Map<string, SeededCall> | undefined;
  const all = () => {
    calls ??= seedCalls(count, options.seed ?? 1, now);
    byId ??= new Map(calls.map((c) => [c.id, c]));
    return { calls, byId };
  };

  // Paging through 100,000 calls must not filter and sort them all again for every page.
  let lastFilter: { key: string; rows: SeededCall[] } | undefined;
  const matching = (query: CallListQuery): SeededCall[] => {
    const { cursor: _c, limit: _l, ...rest } = query;
    const key = JSON.stringify(rest);
    if (lastFilter?.key !== key) lastFilter = { key, rows: filterCalls(all().calls, query) };
    return lastFilter.rows;
  };

  const find = (callId: string): SeededCall => {
    const call = all().byId.get(callId);
    if (!call) throw new AdapterError('not-found', `No call with id "${callId}". It may have been deleted or belong to another account.`, { status: 404 });
    // Processing recordings finish a little after the adapter starts, like real ones after a call ends.
    if (call.recording === 'processing' && call.status !== 'in-progress' && Date.now() - createdAt >= processingMs) {
      call.recording = 'available';
    }
    return call;
  };

  const notes = options.noteAuthor === false ? null : new NoteStore(options.annotations);
  const noteMethods = notes ? memoryNotes(notes, options.noteAuthor || { id: 'you', name: 'You' }, latency, find) : {};
  // A call's labels are its notes' (they change as notes are saved, so they are not part of the cached filter).
  const withLabels = (summary: CallSummary): CallSummary => {
    const labels = notes?.labelsOf(summary.id);
    return labels?.length ? { ...summary, labels } : summary;
  };

  return {
    ...noteMethods,
    async listCalls(query: CallListQuery, init?: AdapterRequestOptions): Promise<CallListPage> {
      await sleep(latency, init?.signal);
      const { labelId, ...rest } = query;
      const found = labelId ? matching(rest).filter((c) => notes?.labelsOf(c.id).includes(labelId)) : matching(rest);
      const { rows, nextCursor } = pageOf(found, query);
      return { calls: rows.map((c) => withLabels(summaryOf(find(c.id)))), nextCursor, total: found.length };
    },
    async getCall(callId: string, init?: AdapterRequestOptions): Promise<CallDetail> {
      await sleep(latency, init?.signal);
      const { fixture, ...detail } = find(callId);
      return structuredClone(fixture ? { ...detail, transcript: withWordTimings(FIXTURE_CALLS[fixture].turns), events: FIXTURE_EVENTS[fixture] } : detail);
    },
    async getRecording(callId: string, init?: AdapterRequestOptions): Promise<RecordingSource | null> {
      await sleep(latency, init?.signal);
      const call = find(callId);
      if (call.recording !== 'available' || !call.fixture) return null;
      const expiresAt = Date.now() + lifetime;
      const base = options.recordingUrls?.[call.fixture];
      if (!base) {
        throw new AdapterError('not-found', `createMemoryAdapter has no URL for the ${call.fixture} demo recording: pass recordingUrls: { short, long }.`);
      }
      // Like a signed URL, each one handed out is new; the parameter is ignored by static file servers.
      return {
        url: `${base}${base.includes('?') ? '&' : '?'}expires=${expiresAt}`,
        expiresAt,
        durationSeconds: FIXTURE_CALLS[call.fixture].durationSeconds,
        callerChannel: 0,
      };
    },
    async setRecordingEnabled(assistantId: string, enabled: boolean): Promise<void> {
      await sleep(latency);
      const assistant = assistants.find((a) => a.id === assistantId);
      if (!assistant) throw new AdapterError('not-found', `No assistant with id "${assistantId}".`, { status: 404 });
      assistant.recordingEnabled = enabled;
    },
    async listAssistants(init?: AdapterRequestOptions): Promise<Assistant[]> {
      await sleep(latency, init?.signal);
      return assistants.map(({ id, name }) => ({ id, name }));
    },
  };
}

/** The adapter's note methods over a store; copies go out, so a caller's edits never reach the store. */
function memoryNotes(store: NoteStore, author: NoteAuthor, latency: number, find: (callId: string) => unknown): Required<Pick<CallsAdapter, 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation'>> {
  return {
    async listAnnotations(callId: string, init?: AdapterRequestOptions): Promise<Annotation[]> {
      await sleep(latency, init?.signal);
      find(callId);
      return structuredClone(store.list(callId));
    },
    async createAnnotation(callId: string, draft: AnnotationDraft, init?: AdapterRequestOptions): Promise<Annotation> {
      await sleep(latency, init?.signal);
      find(callId);
      return structuredClone(store.create(callId, draft, author));
    },
    async updateAnnotation(callId: string, id: string, patch: AnnotationPatch, init?: AdapterRequestOptions): Promise<Annotation> {
      await sleep(latency, init?.signal);
      return structuredClone(store.update(callId, id, patch));
    },
    async deleteAnnotation(callId: string, id: string, init?: AdapterRequestOptions): Promise<void> {
      await sleep(latency, init?.signal);
      store.delete(callId, id);
    },
  };
}

import type { Annotation, AnnotationDraft, AnnotationPatch, Assistant, CallDetail, CallListPage, CallListQuery, CallsAdapter, RecordingRequestOptions, RecordingSource, AdapterRequestOptions } from '../types.js';
import { annotationFromWire, annotationsFromWire, annotationToWire } from './annotations.js';
import { object, withProblems } from './read.js';
import { AdapterError, codeForStatus } from './errors.js';
import { assistantsFromWire, callDetailFromWire, callListFromWire, recordingFromWire } from './validate.js';

export interface HttpAdapterOptions {
  /** Where the Talkturo-shaped API lives, e.g. `https://api.example.com` or a same-origin proxy path. */
  baseUrl: string;
  accountSlug: string;
  /** Asked for every request; asked again once after a 401. */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
  fetch?: typeof fetch;
}

/** Serialises a CallListQuery into the Talkturo query string. */
export function callListSearchParams(accountSlug: string, query: CallListQuery): URLSearchParams {
  const params = new URLSearchParams({ accountSlug });
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('cursor', query.cursor);
  set('limit', query.limit);
  set('from', query.from);
  set('to', query.to);
  set('status', query.status?.join(','));
  set('direction', query.direction?.join(','));
  set('assistant_id', query.assistantId);
  set('label', query.labelId);
  set('q', query.search?.trim());
  if (query.sort) set('sort', `${query.sort.order === 'desc' ? '-' : ''}${toSnake(query.sort.field)}`);
  return params;
}

const toSnake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function messageFrom(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    if (body && typeof body === 'object') {
      const { message, error } = body as { message?: unknown; error?: unknown };
      if (typeof message === 'string') return message;
      if (typeof error === 'string') return error;
    }
  } catch {
    // A body that is not JSON adds nothing the status does not say.
  }
  return undefined;
}

interface Request {
  method?: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
}

const STATUS_ADVICE: Record<string, string> = {
  conflict: 'Someone else changed it since you opened it.',
  unauthorized: 'The API did not accept the access token. Sign in again or check the token.',
  forbidden: 'This account is not allowed to see this resource.',
  'not-found': 'It does not exist, or it is in another account.',
  server: 'The API had a problem. Try again in a moment.',
};

export function createHttpAdapter(options: HttpAdapterOptions): CallsAdapter {
  const { accountSlug, getToken } = options;
  if (!options.baseUrl) throw new TypeError('createHttpAdapter: `baseUrl` is required.');
  if (!accountSlug) throw new TypeError('createHttpAdapter: `accountSlug` is required.');
  if (typeof getToken !== 'function') throw new TypeError('createHttpAdapter: `getToken` must be a function.');
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = (...args: Parameters<typeof fetch>) => (options.fetch ?? globalThis.fetch)(...args);

  async function send(path: string, init: Request) {
    const attempt = async () => {
      const token = await getToken();
      const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      try {
        return await doFetch(`${base}${path}`, {
          method: init.method ?? 'GET',
          headers,
          body: init.body === undefined ? null : JSON.stringify(init.body),
          signal: init.signal ?? null,
          credentials: 'omit',
        });
      } catch (cause) {
        if (init.signal?.aborted) throw init.signal.reason ?? cause;
        throw new AdapterError('network', `Could not reach the API at ${base}. Check the connection and try again.`, { cause });
      }
    };
    let response = await attempt();
    if (response.status === 401) response = await attempt();
    return response;
  }

  async function json(path: string, init: Request, what: string) {
    return (await jsonWithDate(path, init, what)).body;
  }

  /** The body and the server's clock when it answered (its Date header; cross-origin APIs must expose it). */
  async function jsonWithDate(path: string, init: Request, what: string) {
    const response = await send(path, init);
    const date = response.headers.get('date');
    if (!response.ok) {
      const code = codeForStatus(response.status);
      const detail = (await messageFrom(response)) ?? STATUS_ADVICE[code];
      const doing = init.method && init.method !== 'GET' ? (init.method === 'DELETE' ? 'delete' : 'save') : 'load';
      throw new AdapterError(code, `Could not ${doing} ${what} (HTTP ${response.status}). ${detail}`, { status: response.status });
    }
    // Stryker disable next-line ObjectLiteral: equivalent — nothing reads an empty answer's date (a recording cannot be read from a 204 anyway)
    if (response.status === 204) return { body: undefined, date };
    try {
      return { body: (await response.json()) as unknown, date };
    } catch (cause) {
      if (init.signal?.aborted) throw init.signal.reason ?? cause;
      throw new AdapterError('invalid-response', `The server sent ${what} that is not valid JSON.`, { cause, status: response.status });
    }
  }

  const slug = () => `accountSlug=${encodeURIComponent(accountSlug)}`;
  const id = (value: string, what: string) => {
    if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${what} must be a non-empty string.`);
    return encodeURIComponent(value);
  };

  const notes = (callId: string) => `/api/calls/${id(callId, 'callId')}/annotations`;
  const oneNote = (body: unknown) => {
    const problems: AdapterError[] = [];
    const note = annotationFromWire(object(body, 'annotation').annotation ?? body, 'annotation', problems);
    return withProblems(note, problems);
  };

  return {
    // The cache's scope is what the adapter reads from, so one created on every render is the same one.
    key: `http ${base} ${accountSlug}`,
    async listCalls(query: CallListQuery, init?: AdapterRequestOptions): Promise<CallListPage> {
      const body = await json(`/api/calls?${callListSearchParams(accountSlug, query)}`, { signal: init?.signal }, 'the call list');
      return callListFromWire(body);
    },
    async getCall(callId: string, init?: AdapterRequestOptions): Promise<CallDetail> {
      const body = await json(`/api/calls/${id(callId, 'callId')}?${slug()}`, { signal: init?.signal }, `call ${callId}`);
      return callDetailFromWire(body);
    },
    async getRecording(callId: string, init?: RecordingRequestOptions): Promise<RecordingSource | null> {
      try {
        const variant = init?.variant === 'original' ? '&variant=original' : '';
        const { body, date } = await jsonWithDate(`/api/calls/${id(callId, 'callId')}/recording?${slug()}${variant}`, { signal: init?.signal }, `the recording of call ${callId}`);
        return recordingFromWire(body, date);
      } catch (error) {
        if (error instanceof AdapterError && error.code === 'not-found') return null;
        throw error;
      }
    },
    async setRecordingEnabled(assistantId: string, enabled: boolean): Promise<void> {
      await json(`/api/assistants/${id(assistantId, 'assistantId')}`, {
        method: 'PATCH',
        body: { accountSlug, recording_enabled: enabled },
      }, `assistant ${assistantId}`);
    },
    async listAssistants(init?: AdapterRequestOptions): Promise<Assistant[]> {
      return assistantsFromWire(await json(`/api/assistants?${slug()}`, { signal: init?.signal }, 'the assistants'));
    },
    async listAnnotations(callId: string, init?: AdapterRequestOptions): Promise<Annotation[]> {
      const problems: AdapterError[] = [];
      const list = annotationsFromWire(await json(`${notes(callId)}?${slug()}`, { signal: init?.signal }, `the notes of call ${callId}`), problems);
      // What could not be read travels on the list, to be reported once (problemsOf).
      return problems.length ? Object.assign(list, { problems }) : list;
    },
    async createAnnotation(callId: string, draft: AnnotationDraft, init?: AdapterRequestOptions): Promise<Annotation> {
      const body = await json(`${notes(callId)}?${slug()}`, { method: 'POST', body: annotationToWire(draft), signal: init?.signal }, 'the note');
      return oneNote(body);
    },
    async updateAnnotation(callId: string, annotationId: string, patch: AnnotationPatch, init?: AdapterRequestOptions): Promise<Annotation> {
      const body = await json(`${notes(callId)}/${id(annotationId, 'annotationId')}?${slug()}`, {
        method: 'PATCH',
        body: annotationToWire(patch),
        // The version the viewer saw: the backend answers 409 when the note has moved on.
        headers: { 'If-Match': `"${patch.version}"` },
        signal: init?.signal,
      }, 'the note');
      return oneNote(body);
    },
    async deleteAnnotation(callId: string, annotationId: string, init?: AdapterRequestOptions): Promise<void> {
      await json(`${notes(callId)}/${id(annotationId, 'annotationId')}?${slug()}`, { method: 'DELETE', signal: init?.signal }, 'the note');
    },
  };
}

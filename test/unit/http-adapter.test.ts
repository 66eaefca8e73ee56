import { describe, expect, it, vi } from 'vitest';
import { AdapterError, createHttpAdapter } from '../../src';
import { problemsOf } from '../../src/adapter/validate';

const CALL = {
  id: 'call-1', assistant_id: 'asst_1', assistant_name: 'Front Desk', direction: 'inbound', status: 'completed',
  from_number: '+14155550123', to_number: '+14155550100', started_at: '2026-11-20T10:00:00.000Z',
  ended_at: '2026-11-20T10:03:10.000Z', duration_seconds: 190, ended_reason: 'customer-ended-call', cost_usd: 0.41,
  recording: 'available',
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function setup(responses: (Response | Error)[], token: () => string | Promise<string> = () => 'tok-1') {
  const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    if (next instanceof Error) throw next;
    return next;
  });
  const getToken = vi.fn(token);
  const adapter = createHttpAdapter({ baseUrl: 'https://api.example.test/', accountSlug: 'acme co', getToken, fetch });
  const call = (i: number) => {
    const [url, init] = fetch.mock.calls[i]!;
    return { url: String(url), headers: init?.headers as Record<string, string>, init: init! };
  };
  return { adapter, fetch, getToken, call };
}

describe('createHttpAdapter', () => {
  it('maps a CallListQuery to the Talkturo query string and the snake_case page back to domain types', async () => {
    const { adapter, call } = setup([json({ data: [CALL], next_cursor: 'c2', total: 31 })]);
    const page = await adapter.listCalls({
      limit: 25, cursor: 'c1', from: '2026-11-01T00:00:00Z', status: ['completed', 'failed'], direction: ['inbound'],
      assistantId: 'asst_1', labelId: 'hallucination', search: ' +1415 ', sort: { field: 'durationSeconds', order: 'desc' },
    });
    const url = new URL(call(0).url);
    expect(url.origin + url.pathname).toBe('https://api.example.test/api/calls');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      accountSlug: 'acme co', cursor: 'c1', limit: '25', from: '2026-11-01T00:00:00Z', status: 'completed,failed',
      direction: 'inbound', assistant_id: 'asst_1', label: 'hallucination', q: '+1415', sort: '-duration_seconds',
    });
    expect(call(0).headers.Authorization).toBe('Bearer tok-1');
    expect(page).toEqual({
      calls: [{
        id: 'call-1', assistantId: 'asst_1', assistantName: 'Front Desk', direction: 'inbound', status: 'completed',
        fromNumber: '+14155550123', toNumber: '+14155550100', startedAt: '2026-11-20T10:00:00.000Z',
        endedAt: '2026-11-20T10:03:10.000Z', durationSeconds: 190, endedReason: 'customer-ended-call', costUsd: 0.41,
        recording: 'available',
      }],
      nextCursor: 'c2', total: 31,
    });
  });

  it('reads a call with its transcript and metadata', async () => {
    const { adapter, call } = setup([json({
      ...CALL, summary: 'Booked.', metadata: { campaign: null, score: 3 },
      transcript: [{ speaker: 'caller', text: '<script>alert(1)</script>', start_seconds: 1.5, end_seconds: 3 }],
    })]);
    const detail = await adapter.getCall('call/1');
    expect(call(0).url).toBe('https://api.example.test/api/calls/call%2F1?accountSlug=acme%20co');
    expect(detail.transcript).toEqual([{ speaker: 'caller', text: '<script>alert(1)</script>', startSeconds: 1.5, endSeconds: 3 }]);
    expect(detail.metadata).toEqual({ campaign: null, score: 3 });
    expect(detail.summary).toBe('Booked.');
  });

  it.each([
    ['a missing list', { next_cursor: null }, '"response.data" should be an array but is undefined'],
    ['a numeric cursor', { data: [], next_cursor: 7 }, '"response.next_cursor" should be a string or null'],
    ['an array body', [], '"response" should be an object but is an array'],
  ])('rejects %s as invalid-response naming the field', async (_name, body, message) => {
    const { adapter } = setup([json(body)]);
    const error = await adapter.listCalls({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect(error).toMatchObject({ code: 'invalid-response' });
    expect((error as Error).message).toContain(message);
  });

  it('turns a body that is not JSON into invalid-response', async () => {
    const { adapter } = setup([new Response('<html>gateway</html>', { status: 200 })]);
    await expect(adapter.getCall('x')).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('asks for the token again once after a 401, then succeeds', async () => {
    const tokens = ['stale', 'fresh'];
    const { adapter, fetch, getToken, call } = setup(
      [json({ message: 'expired' }, 401), json({ data: [], next_cursor: null })],
      async () => tokens.shift() ?? 'none',
    );
    await expect(adapter.listCalls({})).resolves.toEqual({ calls: [], nextCursor: null });
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(call(1).headers.Authorization).toBe('Bearer fresh');
  });

  it('gives up after the second 401 with an unauthorized error', async () => {
    const { adapter, fetch } = setup([json({}, 401), json({}, 401)]);
    await expect(adapter.listCalls({})).rejects.toMatchObject({ code: 'unauthorized', status: 401 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server'],
    [503, 'server'],
  ])('maps HTTP %i to %s with an actionable message', async (status, code) => {
    const { adapter } = setup([json({ message: 'from the server' }, status)]);
    const error = (await adapter.getCall('abc').catch((e: unknown) => e)) as AdapterError;
    expect(error).toMatchObject({ code, status });
    expect(error.message).toContain(`HTTP ${status}`);
    expect(error.message).toContain('from the server');
  });

  it('maps a failed fetch to a network error', async () => {
    const { adapter } = setup([new TypeError('Failed to fetch')]);
    await expect(adapter.listCalls({})).rejects.toMatchObject({ code: 'network' });
  });

  it('returns null for a call without a recording (404) and validates a recording', async () => {
    const { adapter, call } = setup([
      json({ message: 'none' }, 404),
      json({ url: 'https://bucket.s3.test/r.mp3?X-Amz-Signature=abc', expires_at: '2026-11-20T10:01:00Z', duration_seconds: 19 }),
      json({ url: 'https://bucket.s3.test/r.mp3', expires_at: 'soon' }),
    ]);
    await expect(adapter.getRecording('no-rec')).resolves.toBeNull();
    await expect(adapter.getRecording('rec')).resolves.toEqual({
      url: 'https://bucket.s3.test/r.mp3?X-Amz-Signature=abc', expiresAt: '2026-11-20T10:01:00Z', durationSeconds: 19,
    });
    expect(call(1).url).toBe('https://api.example.test/api/calls/rec/recording?accountSlug=acme%20co');
    await expect(adapter.getRecording('bad')).rejects.toMatchObject({ code: 'invalid-response', message: expect.stringContaining('recording.expires_at') });
  });

  it('drops peaks it cannot read (the player decodes instead), keeping the recording', async () => {
    const { adapter } = setup([json({ url: 'https://s3.test/r.mp3', expires_at: 1_800_000_000_000, peaks: [[0, 0.5], [0, 'loud']] })]);
    const source = await adapter.getRecording('x');
    expect(source).toMatchObject({ url: 'https://s3.test/r.mp3', expiresAt: 1_800_000_000_000 });
    expect(source).not.toHaveProperty('peaks');
    expect(problemsOf(source)[0]?.message).toContain('recording.peaks');
  });

  it('keeps the token out of URLs and never logs it', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const err = vi.spyOn(console, 'error');
    const { adapter, call } = setup([json({}, 500), json({ data: [], next_cursor: null })], () => 'sekrit-token');
    await adapter.getCall('a').catch(() => undefined);
    await adapter.listCalls({ search: 'x' });
    for (const i of [0, 1]) expect(call(i).url).not.toContain('sekrit');
    for (const spy of [log, warn, err]) expect(JSON.stringify(spy.mock.calls)).not.toContain('sekrit');
    expect(call(0).init.credentials).toBe('omit');
  });

  it('passes the AbortSignal through and rejects with the abort reason', async () => {
    const controller = new AbortController();
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
    const adapter = createHttpAdapter({ baseUrl: 'https://api.example.test', accountSlug: 'a', getToken: () => 't', fetch });
    const pending = adapter.listCalls({}, { signal: controller.signal });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.mock.calls[0]![1]!.signal).toBe(controller.signal);
  });

  it('sends PATCH for recording_enabled as the product docs show', async () => {
    const { adapter, call } = setup([json({ id: 'asst_1', recording_enabled: false })]);
    await adapter.setRecordingEnabled!('asst_1', false);
    expect(call(0).url).toBe('https://api.example.test/api/assistants/asst_1');
    expect(call(0).init.method).toBe('PATCH');
    expect(JSON.parse(call(0).init.body as string)).toEqual({ accountSlug: 'acme co', recording_enabled: false });
  });

  it('lists assistants and rejects options it cannot work with', async () => {
    const { adapter } = setup([json({ data: [{ id: 'a', name: 'Front Desk' }] })]);
    await expect(adapter.listAssistants!()).resolves.toEqual([{ id: 'a', name: 'Front Desk' }]);
    expect(() => createHttpAdapter({ baseUrl: '', accountSlug: 'a', getToken: () => 't' })).toThrow(/baseUrl/);
  });
});

describe('notes on the wire', () => {
  const NOTE = { id: 'n1', call_id: 'c 1', start: 4.5, end: 7, label_id: 'hallucination', author: { id: 'u', name: 'Ann' }, created_at: '2026-12-01T10:00:00Z', version: 3 };

  it('creates a note with a POST of its fields in snake_case, leaving out what the draft does not say', async () => {
    const { adapter, call } = setup([json(NOTE, 201)]);
    const made = await adapter.createAnnotation!('c 1', { start: 4.5, end: 7, turnIndex: 2, words: [1, 3], labelId: 'hallucination', text: 'Invented a policy.' });
    expect(call(0).url).toBe('https://api.example.test/api/calls/c%201/annotations?accountSlug=acme%20co');
    expect(call(0).init.method).toBe('POST');
    expect(call(0).headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(call(0).init.body as string)).toEqual({ start: 4.5, end: 7, turn_index: 2, words: [1, 3], label_id: 'hallucination', text: 'Invented a policy.' });
    expect(made).toMatchObject({ id: 'n1', callId: 'c 1', start: 4.5, end: 7, labelId: 'hallucination', version: 3 });
  });

  it('updates with a PATCH that names the version the viewer saw, in If-Match and in the body', async () => {
    const { adapter, call } = setup([json({ annotation: { ...NOTE, version: 4, text: 'edited' } })]);
    const saved = await adapter.updateAnnotation!('c 1', 'n/1', { text: 'edited', version: 3 });
    expect(call(0).url).toBe('https://api.example.test/api/calls/c%201/annotations/n%2F1?accountSlug=acme%20co');
    expect(call(0).init.method).toBe('PATCH');
    expect(call(0).headers['If-Match']).toBe('"3"');
    expect(JSON.parse(call(0).init.body as string)).toEqual({ text: 'edited', version: 3 });
    expect(saved).toMatchObject({ id: 'n1', text: 'edited', version: 4 });
  });

  it('a note changed elsewhere is a conflict that says so; a GET sends no body and no Content-Type', async () => {
    const { adapter, call } = setup([json({}, 409), json({ data: [NOTE] })]);
    const error = await adapter.updateAnnotation!('c', 'n1', { text: 'mine', version: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'conflict', status: 409, message: 'Could not save the note (HTTP 409). Someone else changed it since you opened it.' });
    await adapter.listAnnotations!('c');
    expect(call(1).init.method).toBe('GET');
    expect(call(1).init.body).toBeNull();
    expect(call(1).headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok-1' });
  });

  it('deletes with a DELETE and takes an empty 204; a failed delete says "delete"', async () => {
    const { adapter, call } = setup([new Response(null, { status: 204 }), json({ message: 'Only the author may delete a note.' }, 403)]);
    await expect(adapter.deleteAnnotation!('c', 'n1')).resolves.toBeUndefined();
    expect(call(0).init.method).toBe('DELETE');
    expect(call(0).url).toBe('https://api.example.test/api/calls/c/annotations/n1?accountSlug=acme%20co');
    await expect(adapter.deleteAnnotation!('c', 'n1')).rejects.toMatchObject({
      code: 'forbidden', message: 'Could not delete the note (HTTP 403). Only the author may delete a note.',
    });
  });

  it('lists the notes that can be read, and carries the ones that cannot on the list', async () => {
    const { adapter } = setup([json({ data: [NOTE, { start: 1 }] })]);
    const notes = await adapter.listAnnotations!('c');
    expect(notes.map((n) => n.id)).toEqual(['n1']);
    expect(problemsOf(notes).map((p) => p.message)).toEqual([expect.stringContaining('annotations[1].id')]);
  });
});

describe('the API clock', () => {
  const recording = (headers: Record<string, string>, body: object = {}) =>
    new Response(JSON.stringify({ url: 'https://s3.test/r.mp3', expires_at: '2026-11-20T10:01:00Z', ...body }), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });

  it('is the recording answer\'s Date header, unless the body says its own server_time', async () => {
    const { adapter } = setup([
      recording({ Date: 'Fri, 20 Nov 2026 10:00:00 GMT' }),
      recording({ Date: 'Fri, 20 Nov 2026 10:00:00 GMT' }, { server_time: '2026-11-20T09:59:30Z' }),
      recording({}),
      recording({ Date: 'not a date' }),
    ]);
    expect((await adapter.getRecording('a'))?.serverTime).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
    expect((await adapter.getRecording('a'))?.serverTime).toBe('2026-11-20T09:59:30Z');
    expect(await adapter.getRecording('a')).not.toHaveProperty('serverTime');
    expect(await adapter.getRecording('a')).not.toHaveProperty('serverTime');
  });

  it('asks for the original with variant=original, and for the default file without it', async () => {
    const { adapter, call } = setup([recording({}), recording({})]);
    await adapter.getRecording('a', { variant: 'original' });
    await adapter.getRecording('a', {});
    expect(call(0).url).toBe('https://api.example.test/api/calls/a/recording?accountSlug=acme%20co&variant=original');
    expect(call(1).url).toBe('https://api.example.test/api/calls/a/recording?accountSlug=acme%20co');
  });
});

describe('what a person reads when a request fails', () => {
  const BASE = 'https://api.example.test';

  it.each([
    [401, 'The API did not accept the access token. Sign in again or check the token.'],
    [403, 'This account is not allowed to see this resource.'],
    [404, 'It does not exist, or it is in another account.'],
    [409, 'Someone else changed it since you opened it.'],
    [500, 'The API had a problem. Try again in a moment.'],
  ])('HTTP %i without a message of its own says what to do', async (status, advice) => {
    const { adapter } = setup([json({}, status), json({}, status)]);
    await expect(adapter.getCall('abc')).rejects.toThrow(`Could not load call abc (HTTP ${status}). ${advice}`);
  });

  it.each([
    ['its message', { message: 'Call is archived.', error: 'gone' }, 'Call is archived.'],
    ['its error when it has no message', { message: 5, error: 'quota exceeded' }, 'quota exceeded'],
    ['the advice when its body is JSON null', null, 'This account is not allowed to see this resource.'],
    ['the advice when its body is a JSON string', 'nope', 'This account is not allowed to see this resource.'],
  ])("a failure's own words: %s", async (_name, body, detail) => {
    const { adapter } = setup([json(body, 403)]);
    await expect(adapter.getCall('abc')).rejects.toThrow(`Could not load call abc (HTTP 403). ${detail}`);
  });

  it('the advice when the body is not JSON at all', async () => {
    const { adapter } = setup([new Response('<h1>Bad gateway</h1>', { status: 502 })]);
    await expect(adapter.listCalls({})).rejects.toThrow('Could not load the call list (HTTP 502). The API had a problem. Try again in a moment.');
  });

  it('names what could not be loaded, saved or deleted', async () => {
    const { adapter } = setup(Array.from({ length: 9 }, () => json({ message: 'm' }, 500)));
    const failures = await Promise.all([
      adapter.listCalls({}), adapter.getCall('c1'), adapter.getRecording('c1'), adapter.setRecordingEnabled!('a1', true),
      adapter.listAssistants!(), adapter.listAnnotations!('c1'), adapter.createAnnotation!('c1', { start: 1, text: 'x' }),
      adapter.updateAnnotation!('c1', 'n1', { version: 2, text: 'y' }), adapter.deleteAnnotation!('c1', 'n1'),
    ].map((p) => p.then(() => 'resolved', (e: Error) => e.message)));
    expect(failures).toEqual([
      'Could not load the call list (HTTP 500). m', 'Could not load call c1 (HTTP 500). m',
      'Could not load the recording of call c1 (HTTP 500). m', 'Could not save assistant a1 (HTTP 500). m',
      'Could not load the assistants (HTTP 500). m', 'Could not load the notes of call c1 (HTTP 500). m',
      'Could not save the note (HTTP 500). m', 'Could not save the note (HTTP 500). m', 'Could not delete the note (HTTP 500). m',
    ]);
  });

  it('says where it could not reach, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const { adapter } = setup([cause]);
    const error = (await adapter.listCalls({}).catch((e: unknown) => e)) as AdapterError;
    expect(error.message).toBe(`Could not reach the API at ${BASE}. Check the connection and try again.`);
    expect(error.cause).toBe(cause);
  });

  it('says which answer was not JSON, with its status and cause', async () => {
    const { adapter } = setup([new Response('<html>login</html>', { status: 200 })]);
    const error = (await adapter.getCall('c1').catch((e: unknown) => e)) as AdapterError;
    expect(error).toMatchObject({ code: 'invalid-response', status: 200, message: 'The server sent call c1 that is not valid JSON.' });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('rejects with the abort reason, not the failure it caused, whether the request or the body was cut', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      controller.abort();
      throw new TypeError(`network error after ${String(init?.signal?.aborted)}`);
    });
    const adapter = createHttpAdapter({ baseUrl: BASE, accountSlug: 'a', getToken: () => 't', fetch });
    await expect(adapter.listCalls({}, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const second = new AbortController();
    const cutBody = {
      ok: true, status: 200, headers: new Headers(),
      json: async () => { second.abort(); throw new SyntaxError('Unexpected end of JSON input'); },
    } as unknown as Response;
    const adapter2 = createHttpAdapter({ baseUrl: BASE, accountSlug: 'a', getToken: () => 't', fetch: async () => cutBody });
    await expect(adapter2.getCall('c1', { signal: second.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends no Authorization header when the host has no token', async () => {
    const { adapter, call } = setup([json({ data: [], next_cursor: null })], () => null as unknown as string);
    await adapter.listCalls({});
    expect(call(0).headers).toEqual({ Accept: 'application/json' });
    expect(call(0).init.method).toBe('GET');
    expect(call(0).init.body).toBeNull();
  });

  it('leaves out of the query what is empty, and sorts ascending without a minus', async () => {
    const { adapter, call } = setup([json({ data: [], next_cursor: null })]);
    await adapter.listCalls({ cursor: '', search: '   ', status: [], sort: { field: 'startedAt', order: 'asc' } });
    expect(Object.fromEntries(new URL(call(0).url).searchParams)).toEqual({ accountSlug: 'acme co', sort: 'started_at' });
  });

  it('says which option is missing, trims every trailing slash, and keys its cache by where it reads from', () => {
    expect(() => createHttpAdapter({ baseUrl: '', accountSlug: 'a', getToken: () => 't' })).toThrow(new TypeError('createHttpAdapter: `baseUrl` is required.'));
    expect(() => createHttpAdapter({ baseUrl: BASE, accountSlug: '', getToken: () => 't' })).toThrow(new TypeError('createHttpAdapter: `accountSlug` is required.'));
    expect(() => createHttpAdapter({ baseUrl: BASE, accountSlug: 'a', getToken: 't' as never })).toThrow(new TypeError('createHttpAdapter: `getToken` must be a function.'));
    expect(createHttpAdapter({ baseUrl: `${BASE}///`, accountSlug: 'acme', getToken: () => 't' }).key).toBe(`http ${BASE} acme`);
  });

  it('refuses an empty or non-text id before asking the API', async () => {
    const { adapter, fetch } = setup([]);
    await expect(adapter.getCall('')).rejects.toThrow(new TypeError('callId must be a non-empty string.'));
    await expect(adapter.getRecording(7 as never)).rejects.toThrow(new TypeError('callId must be a non-empty string.'));
    await expect(adapter.setRecordingEnabled!('', true)).rejects.toThrow(new TypeError('assistantId must be a non-empty string.'));
    await expect(adapter.deleteAnnotation!('c1', '')).rejects.toThrow(new TypeError('annotationId must be a non-empty string.'));
    expect(fetch).not.toHaveBeenCalled();
  });
});

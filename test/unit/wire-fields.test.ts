// @vitest-environment node
// Every field a backend can get wrong, one at a time: what is still read, what is dropped, and the
// message that names the field (shown once via onError, so a backend team can find it).
import { describe, expect, it } from 'vitest';
import { AdapterError } from '../../src/adapter/errors';
import { assistantsFromWire, assertRecordingSource, callDetailFromWire, callListFromWire, problemsOf, recordingFromWire } from '../../src/adapter/validate';

const CALL = {
  id: 'call-1', assistant_id: 'asst_1', assistant_name: 'Front Desk', direction: 'inbound', status: 'completed',
  from_number: '+14155550123', to_number: '+14155550100', started_at: '2026-11-20T10:00:00.000Z',
  duration_seconds: 190, ended_reason: 'customer-ended-call', cost_usd: 0.41, recording: 'available',
};
const TURN = { speaker: 'caller', text: 'Hello', start_seconds: 1, end_seconds: 2 };
const said = (path: string, expected: string, seen: string) =>
  `The server sent a malformed response: "${path}" should be ${expected} but is ${seen}.`;
const messages = (value: unknown) => problemsOf(value).map((p) => p.message);

describe("a call's fields, in the list and in the detail", () => {
  it.each([
    ['assistant_id', 5, { assistantId: '' }, 'a non-empty string', 'number'],
    ['assistant_name', 5, { assistantName: undefined }, 'a non-empty string', 'number'],
    ['direction', ['inbound'], { direction: '' }, 'a non-empty string', 'an array'],
    ['status', null, { status: '' }, 'a non-empty string', 'null'],
    ['from_number', 4155550123, { fromNumber: undefined }, 'a non-empty string', 'number'],
    ['to_number', false, { toNumber: undefined }, 'a non-empty string', 'boolean'],
    ['started_at', 'yesterday', { startedAt: '' }, 'an ISO 8601 date', 'string'],
    ['started_at', 1763632800, { startedAt: '' }, 'a non-empty string', 'number'],
    ['ended_at', 'later', { endedAt: undefined }, 'an ISO 8601 date', 'string'],
    ['duration_seconds', '190', { durationSeconds: undefined }, 'a finite number', 'string'],
    ['ended_reason', {}, { endedReason: undefined }, 'a non-empty string', 'object'],
    ['cost_usd', '0.41', { costUsd: undefined }, 'a finite number', 'string'],
    ['recording', 1, { recording: '' }, 'a non-empty string', 'number'],
    ['labels', 'vip', { labels: undefined }, 'an array', 'string'],
  ])('%s = %j is dropped and named; the call is still listed', (field, value, expected, what, seen) => {
    const page = callListFromWire({ data: [{ ...CALL, [field]: value }], next_cursor: null });
    expect(page.calls[0]).toHaveProperty('id', 'call-1');
    for (const [key, v] of Object.entries(expected)) {
      if (v === undefined) expect(page.calls[0]).not.toHaveProperty(key);
      else expect(page.calls[0]).toHaveProperty(key, v);
    }
    expect(messages(page)).toEqual([said(`response.data[0].${field}`, what, seen)]);
    const detail = callDetailFromWire({ ...CALL, [field]: value });
    expect(messages(detail)).toEqual([said(`call.${field}`, what, seen)]);
  });

  it('reads an absent end as absent, not as a problem', () => {
    const page = callListFromWire({ data: [{ ...CALL, ended_at: null }, { ...CALL, id: 'call-2' }], next_cursor: null });
    expect(page.calls.map((c) => c.endedAt)).toEqual([undefined, undefined]);
    expect(messages(page)).toEqual([]);
  });

  it('reads labels as ids or as { id } objects, under labels or label_ids, and names a bad one', () => {
    const read = (patch: object) => callListFromWire({ data: [{ ...CALL, ...patch }], next_cursor: null });
    expect(read({ labels: ['vip', { id: 'follow-up' }] }).calls[0]!.labels).toEqual(['vip', 'follow-up']);
    expect(read({ label_ids: ['vip'] }).calls[0]!.labels).toEqual(['vip']);
    expect(read({ labels: null }).calls[0]!.labels).toBeUndefined();
    expect(messages(read({ labels: ['vip', { name: 'VIP' }] }))).toEqual([said('response.data[0].labels[1]', 'a non-empty string', 'undefined')]);
    expect(messages(read({ labels: [7] }))).toEqual([said('response.data[0].labels[0]', 'a non-empty string', 'number')]);
  });
});

describe('a page of calls', () => {
  it('names a cursor that is not text, and reads an empty or missing one as the last page', () => {
    expect(() => callListFromWire({ data: [], next_cursor: 2 })).toThrow(said('response.next_cursor', 'a string or null', 'number'));
    expect(callListFromWire({ data: [], next_cursor: '' }).nextCursor).toBeNull();
    expect(callListFromWire({ data: [] }).nextCursor).toBeNull();
    expect(callListFromWire({ data: [], next_cursor: 'c2' }).nextCursor).toBe('c2');
  });

  it('drops a bad total with its reason, and counts rows it could not read at all', () => {
    const page = callListFromWire({ data: [CALL, { ...CALL, id: '' }, 'row'], next_cursor: null, total: '3' });
    expect(page.calls.map((c) => c.id)).toEqual(['call-1']);
    expect(page.unreadable).toBe(2);
    expect(page.total).toBeUndefined();
    expect(messages(page)).toEqual([
      said('response.data[1].id', 'a non-empty string', 'string'),
      said('response.data[2]', 'an object', 'string'),
      said('response.total', 'a finite number', 'string'),
    ]);
    expect(callListFromWire({ data: [CALL], next_cursor: null }).unreadable).toBeUndefined();
  });

  it('names a page that is not one', () => {
    expect(() => callListFromWire([])).toThrow(said('response', 'an object', 'an array'));
    expect(() => callListFromWire({ calls: [] })).toThrow(said('response.data', 'an array', 'undefined'));
  });
});

describe("a call's transcript", () => {
  const detail = (transcript: unknown) => callDetailFromWire({ ...CALL, transcript });

  it.each([
    ['no start', { start_seconds: undefined }, 'start_seconds', 'a finite number', 'undefined'],
    ['a start as text', { start_seconds: '1' }, 'start_seconds', 'a finite number', 'string'],
    ['a speaker of its own', { speaker: 'agent' }, 'speaker', 'one of caller, assistant', 'string'],
    ['no text', { text: undefined }, 'text', 'a string', 'undefined'],
    ['text as a number', { text: 42 }, 'text', 'a string', 'number'],
  ])('drops a turn with %s, counts it, names the field and keeps the rest', (_name, patch, field, what, seen) => {
    const call = detail([{ ...TURN, ...patch }, { ...TURN, text: 'Hi', start_seconds: 3 }]);
    expect(call.transcript!.map((t) => t.text)).toEqual(['Hi']);
    expect(call.unreadableTurns).toBe(1);
    expect(messages(call)).toEqual([said(`call.transcript[0].${field}`, what, seen)]);
  });

  it('keeps a turn with empty text (a silence the backend transcribed) and no unreadable count when all are read', () => {
    const call = detail([{ ...TURN, text: '' }]);
    expect(call.transcript).toEqual([{ speaker: 'caller', text: '', startSeconds: 1, endSeconds: 2 }]);
    expect(call.unreadableTurns).toBeUndefined();
  });

  it('keeps a turn whose end cannot be read, without its end', () => {
    const call = detail([{ ...TURN, end_seconds: 'soon' }]);
    expect(call.transcript).toEqual([{ speaker: 'caller', text: 'Hello', startSeconds: 1 }]);
    expect(messages(call)).toEqual([said('call.transcript[0].end_seconds', 'a finite number', 'string')]);
  });

  it('keeps the words it can read, drops the others with their reason, and drops the highlight when none are left', () => {
    const call = detail([{
      ...TURN,
      words: [
        { text: 'Hel', start_seconds: 1, end_seconds: 1.2 },
        { text: 'lo', start_seconds: 1.2, end_seconds: 1.2 },
        { text: 'bad', start_seconds: -0.5, end_seconds: 1 },
        { text: 'back', start_seconds: 2, end_seconds: 1.5 },
        { start_seconds: 0, end_seconds: 0 },
      ],
    }]);
    expect(call.transcript![0]!.words).toEqual([
      { text: 'Hel', startSeconds: 1, endSeconds: 1.2 }, { text: 'lo', startSeconds: 1.2, endSeconds: 1.2 },
    ]);
    expect(messages(call)).toEqual([
      said('call.transcript[0].words[2].start_seconds', 'a number of seconds (0 or more)', 'number'),
      said('call.transcript[0].words[3].end_seconds', 'at least start_seconds (2)', 'number'),
      said('call.transcript[0].words[4].text', 'a non-empty string', 'undefined'),
    ]);
    expect(detail([{ ...TURN, words: [{ text: 'x', start_seconds: -1, end_seconds: 1 }] }]).transcript![0]!.words).toBeUndefined();
    expect(detail([{ ...TURN, words: [{ text: 'x', start_seconds: 0, end_seconds: 0 }] }]).transcript![0]!.words).toEqual([{ text: 'x', startSeconds: 0, endSeconds: 0 }]);
  });

  it('reads no words as none, and words that are not a list as a problem', () => {
    expect(messages(detail([{ ...TURN, words: null }]))).toEqual([]);
    const call = detail([{ ...TURN, words: 'Hello' }]);
    expect(call.transcript![0]!.words).toBeUndefined();
    expect(messages(call)).toEqual([said('call.transcript[0].words', 'an array', 'string')]);
  });

  it('names a transcript or events that are not lists, and reads null as none', () => {
    expect(messages(detail('Hello'))).toEqual([said('call.transcript', 'an array', 'string')]);
    expect(messages(callDetailFromWire({ ...CALL, events: {} }))).toEqual([said('call.events', 'an array', 'object')]);
    const none = callDetailFromWire({ ...CALL, transcript: null, events: null, metadata: null, consent: null, summary: null });
    expect(none).not.toHaveProperty('transcript');
    expect(none).not.toHaveProperty('events');
    expect(messages(none)).toEqual([]);
  });

  it('prefers redactions over masked_spans when both are sent', () => {
    const call = detail([{ ...TURN, redactions: [{ start_char: 0, end_char: 5, entity: 'greeting' }], masked_spans: [{ start_char: 0, end_char: 2 }] }]);
    expect(call.transcript![0]!.text).toBe('[greeting]');
  });
});

describe("a call's events, summary, metadata and consent", () => {
  const EVENT = { type: 'tool_call', label: 'Lookup', at_seconds: 4, duration_ms: 120, detail: 'crm' };

  it.each([
    ['type', 5, 'a non-empty string', 'number'],
    ['at_seconds', -1, 'a number of seconds (0 or more)', 'number'],
    ['label', 7, 'a non-empty string', 'number'],
  ])('drops an event whose %s cannot be read, and names it', (field, value, what, seen) => {
    const call = callDetailFromWire({ ...CALL, events: [{ ...EVENT, [field]: value }, { ...EVENT, at_seconds: 9 }] });
    expect(call.events!.map((e) => e.atSeconds)).toEqual([9]);
    expect(messages(call)).toEqual([said(`call.events[0].${field}`, what, seen)]);
  });

  it.each([
    ['duration_ms', 'long', 'a finite number', 'string', { durationMs: undefined }],
    ['detail', 12, 'a non-empty string', 'number', { detail: undefined }],
  ])('keeps an event whose %s cannot be read, without it', (field, value, what, seen, expected) => {
    const call = callDetailFromWire({ ...CALL, events: [{ ...EVENT, [field]: value }] });
    expect(call.events![0]).toEqual({ type: 'tool_call', label: 'Lookup', atSeconds: 4, durationMs: 120, detail: 'crm', ...expected });
    expect(messages(call)).toEqual([said(`call.events[0].${field}`, what, seen)]);
  });

  it('shows an event without a label by its type, and in time order', () => {
    const call = callDetailFromWire({ ...CALL, events: [{ type: 'transfer', at_seconds: 9 }, { type: 'hold', at_seconds: 0 }] });
    expect(call.events).toEqual([{ type: 'hold', label: 'hold', atSeconds: 0 }, { type: 'transfer', label: 'transfer', atSeconds: 9 }]);
  });

  it('drops a summary that is not text, and names it', () => {
    expect(messages(callDetailFromWire({ ...CALL, summary: ['a'] }))).toEqual([said('call.summary', 'a non-empty string', 'an array')]);
  });

  it('keeps metadata values that are text, numbers, true/false or null, and names the others', () => {
    const call = callDetailFromWire({ ...CALL, metadata: { plan: 'pro', seats: 0, trial: false, ref: null, nested: { a: 1 }, list: [1] } });
    expect(call.metadata).toEqual({ plan: 'pro', seats: 0, trial: false, ref: null });
    expect(messages(call)).toEqual([
      said('call.metadata.nested', 'a string, number, boolean or null', 'object'),
      said('call.metadata.list', 'a string, number, boolean or null', 'an array'),
    ]);
    expect(messages(callDetailFromWire({ ...CALL, metadata: 'pro' }))).toEqual([said('call.metadata', 'an object', 'string')]);
  });

  it.each([
    ['seconds', 12, { atSeconds: 12 }],
    ['0 seconds', 0, { atSeconds: 0 }],
    ['{ at_seconds, label }', { at_seconds: 3, label: 'IVR prompt' }, { atSeconds: 3, label: 'IVR prompt' }],
    ['{ atSeconds }', { atSeconds: 0 }, { atSeconds: 0 }],
  ])('reads consent given as %s', (_name, consent, expected) => {
    const call = callDetailFromWire({ ...CALL, consent });
    expect(call.consent).toEqual(expected);
    expect(messages(call)).toEqual([]);
  });

  it.each([
    [-2, 'call.consent', 'a number of seconds (0 or more)', 'number'],
    [{ label: 'IVR' }, 'call.consent.at_seconds', 'a number of seconds (0 or more)', 'undefined'],
    ['yes', 'call.consent', 'an object', 'string'],
  ])('drops consent of %j and names it', (consent, path, what, seen) => {
    const call = callDetailFromWire({ ...CALL, consent });
    expect(call.consent).toBeUndefined();
    expect(messages(call)).toEqual([said(path, what, seen)]);
  });
});

describe('the list of assistants', () => {
  it('reads a bare list or { data }, and names a bad entry', () => {
    expect(assistantsFromWire([{ id: 'a1', name: 'Front Desk' }])).toEqual([{ id: 'a1', name: 'Front Desk' }]);
    expect(assistantsFromWire({ data: [{ id: 'a1', name: 'Front Desk', model: 'x' }] })).toEqual([{ id: 'a1', name: 'Front Desk' }]);
    expect(() => assistantsFromWire({ data: [{ id: 'a1', name: 'A' }, { id: 'a2' }] })).toThrow(said('response.data[1].name', 'a non-empty string', 'undefined'));
    expect(() => assistantsFromWire({ data: [{ name: 'A' }] })).toThrow(said('response.data[0].id', 'a non-empty string', 'undefined'));
    expect(() => assistantsFromWire({ data: ['a1'] })).toThrow(said('response.data[0]', 'an object', 'string'));
  });
});

describe('a recording', () => {
  const URL_ = 'https://bucket.s3.amazonaws.com/call-1.mp3?X-Amz-Signature=abc';
  const EXPIRES = '2026-12-06T05:00:00.000Z';
  const read = (patch: object) => recordingFromWire({ url: URL_, expires_at: EXPIRES, ...patch });

  it('reads the URL and when it expires, as a date or epoch milliseconds or seconds', () => {
    expect(read({})).toEqual({ url: URL_, expiresAt: EXPIRES });
    expect(read({ expires_at: 1796000000000 }).expiresAt).toBe(1796000000000);
    expect(read({ expires_at: 1796000000 }).expiresAt).toBe(1796000000);
    expect(read({ url: '/recordings/call-1.mp3' }).url).toBe('/recordings/call-1.mp3');
  });

  it.each([
    ['no URL', { url: undefined }, 'recording.url', 'a non-empty string', 'undefined'],
    ['a URL that is not one', { url: 'http://[bucket' }, 'recording.url', 'a URL', 'string'],
    ['no expiry', { expires_at: undefined }, 'recording.expires_at', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'undefined'],
    ['an expiry of 0', { expires_at: 0 }, 'recording.expires_at', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'number'],
    ['a negative expiry', { expires_at: -5 }, 'recording.expires_at', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'number'],
    ['an expiry that is no date', { expires_at: 'in an hour' }, 'recording.expires_at', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'string'],
    ['an expiry as true', { expires_at: true }, 'recording.expires_at', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'boolean'],
  ])('cannot open a recording with %s, and says which field', (_name, patch, path, what, seen) => {
    expect(() => read(patch)).toThrow(new AdapterError('invalid-response', said(path, what, seen)));
  });

  it.each([
    ['duration_seconds', 0, { durationSeconds: undefined }, []],
    ['duration_seconds', 61.5, { durationSeconds: 61.5 }, []],
    ['duration_seconds', -3, { durationSeconds: undefined }, [said('recording.duration_seconds', 'a positive number', 'number')]],
    ['duration_seconds', '61', { durationSeconds: undefined }, [said('recording.duration_seconds', 'a finite number', 'string')]],
    ['caller_channel', 0, { callerChannel: 0 }, []],
    ['caller_channel', 1, { callerChannel: 1 }, []],
    ['caller_channel', null, { callerChannel: undefined }, []],
    ['caller_channel', 2, { callerChannel: undefined }, [said('recording.caller_channel', '0 or 1', 'number')]],
    ['caller_channel', 'left', { callerChannel: undefined }, [said('recording.caller_channel', '0 or 1', 'string')]],
    ['downloadable', false, { downloadable: false }, []],
    ['downloadable', true, { downloadable: true }, []],
    ['downloadable', null, { downloadable: undefined }, []],
    ['downloadable', 'no', { downloadable: false }, [said('recording.downloadable', 'true or false', 'string')]],
    ['downloadable', 'yes', { downloadable: false }, [said('recording.downloadable', 'true or false', 'string')]],
    ['download_blocked_reason', 'Legal hold', { downloadBlockedReason: 'Legal hold' }, []],
    ['download_blocked_reason', null, { downloadBlockedReason: undefined }, []],
    ['download_blocked_reason', 5, { downloadBlockedReason: undefined }, [said('recording.download_blocked_reason', 'a non-empty string', 'number')]],
    ['variant', 'redacted', { variant: 'redacted' }, []],
    ['variant', 'original', { variant: 'original' }, []],
    ['variant', 'raw', { variant: undefined }, []],
    ['original_available', true, { originalAvailable: true }, []],
    ['original_available', 'true', { originalAvailable: undefined }, []],
    ['original_available', false, { originalAvailable: undefined }, []],
    ['server_time', 'Sun, 06 Dec 2026 04:00:00 GMT', { serverTime: 'Sun, 06 Dec 2026 04:00:00 GMT' }, []],
    ['server_time', 'teatime', { serverTime: undefined }, []],
    ['server_time', true, { serverTime: undefined }, []],
  ])('%s = %j reads as %j', (field, value, expected, problems) => {
    const source = read({ [field]: value });
    for (const [key, v] of Object.entries(expected)) {
      if (v === undefined) expect(source).not.toHaveProperty(key);
      else expect(source).toHaveProperty(key, v);
    }
    expect(messages(source)).toEqual(problems);
  });

  it('drops peaks it cannot read (the player decodes the audio instead) and names them', () => {
    const source = read({ peaks: 'loud' });
    expect(source).not.toHaveProperty('peaks');
    expect(messages(source)).toHaveLength(1);
    expect(messages(source)[0]).toMatch(/^The server sent a malformed response: "recording\.peaks" should be .+ but is string\.$/);
    expect(read({ peaks: null })).not.toHaveProperty('peaks');
    expect(read({ peaks: [[0, 0.5, 1], [1, 0.5, 0]] }).peaks).toHaveLength(2);
  });

  it('reads one file per side, the caller standing for the recording unless a URL of its own is sent', () => {
    const channels = {
      caller: { url: 'https://s3/caller.mp3', expires_at: 1796000000 },
      assistant: { url: 'https://s3/assistant.mp3', expires_at: 1796000300 },
    };
    const source = recordingFromWire({ channels });
    expect(source).toMatchObject({ url: 'https://s3/caller.mp3', expiresAt: 1796000000 });
    expect(source.channels).toEqual({
      caller: { url: 'https://s3/caller.mp3', expiresAt: 1796000000 }, assistant: { url: 'https://s3/assistant.mp3', expiresAt: 1796000300 },
    });
    expect(recordingFromWire({ url: URL_, expires_at: EXPIRES, channels })).toMatchObject({ url: URL_, expiresAt: EXPIRES });
    expect(() => recordingFromWire({ channels: { caller: channels.caller } })).toThrow(said('recording.channels.assistant', 'an object', 'undefined'));
    expect(() => recordingFromWire({ channels: { ...channels, assistant: { url: 'x' } } }))
      .toThrow(said('recording.channels.assistant.expires_at', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'undefined'));
    expect(() => recordingFromWire({ channels: { ...channels, caller: { expires_at: 1796000000 } } }))
      .toThrow(said('recording.channels.caller.url', 'a non-empty string', 'undefined'));
    expect(() => recordingFromWire({ url: URL_, expires_at: EXPIRES, channels: 'both' })).toThrow(said('recording.channels', 'an object', 'string'));
    expect(recordingFromWire({ url: URL_, expires_at: EXPIRES, channels: null })).not.toHaveProperty('channels');
  });

  it("checks a host adapter's recording by the same rules under camelCase names, keeping what its reader dropped", () => {
    expect(assertRecordingSource(null)).toBeNull();
    expect(() => assertRecordingSource({ url: URL_, expires_at: EXPIRES })).toThrow(said('recording.expiresAt', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'undefined'));
    expect(() => assertRecordingSource({ url: URL_, expiresAt: EXPIRES, channels: { caller: { url: 'a', expiresAt: EXPIRES }, assistant: { url: 'b' } } }))
      .toThrow(said('recording.channels.assistant.expiresAt', 'an ISO 8601 date or epoch milliseconds (or seconds)', 'undefined'));
    const fromWire = read({ duration_seconds: -1 });
    const checked = assertRecordingSource({ ...fromWire, callerChannel: 3 })!;
    expect(messages(checked)).toEqual([
      said('recording.duration_seconds', 'a positive number', 'number'),
      said('recording.callerChannel', '0 or 1', 'number'),
    ]);
    expect(assertRecordingSource({ url: URL_, expiresAt: EXPIRES, durationSeconds: 9, serverTime: 1796000000000, originalAvailable: true }))
      .toEqual({ url: URL_, expiresAt: EXPIRES, durationSeconds: 9, serverTime: 1796000000000, originalAvailable: true });
  });
});

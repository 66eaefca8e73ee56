// @vitest-environment node
// Notes through the adapter: read tolerantly from the wire and kept with versions (a stale save is a
// conflict). The demo API's notes, end to end, are in demo-backend-api.test.ts.
import { describe, expect, it } from 'vitest';
import { annotationsFromWire } from '../../src/adapter/annotations';
import { callListFromWire } from '../../src/adapter/validate';
import { NoteStore } from '../../src/adapter/noteStore';
import { createMemoryAdapter, isAdapterError, type AdapterError } from '../../src';

const AUTHOR = { id: 'a', name: 'Ann' };

describe('annotationsFromWire', () => {
  it.each([
    ['snake_case', { id: 'n1', call_id: 'c', start: 1.5, end: 3, label_id: 'l', turn_index: 2, words: [1, 3], author: AUTHOR, created_at: '2026-12-01T10:00:00Z', updated_at: '2026-12-01T10:00:00Z', version: 2, can_edit: false },
      { id: 'n1', callId: 'c', start: 1.5, end: 3, labelId: 'l', turnIndex: 2, words: [1, 3], version: 2, canEdit: false }],
    ['camelCase and a numeric id', { id: 7, callId: 'c', start: 4, labelId: 'l', author: AUTHOR, createdAt: 1764583200000, updatedAt: 1764583200000, version: 1 },
      { id: '7', callId: 'c', start: 4, labelId: 'l', version: 1 }],
    ['seconds as strings', { id: 'n', start: '2.25', end: '4', author: AUTHOR, created_at: '2026-12-01T10:00:00Z', version: 1 }, { start: 2.25, end: 4 }],
  ])('reads %s', (_name, wire, expected) => {
    const [note] = annotationsFromWire({ data: undefined, annotations: [wire] });
    expect(note).toMatchObject(expected);
  });

  it('reads an end not after its start as a moment', () => {
    const [note] = annotationsFromWire([{ id: 'n', start: 5, end: 5, author: AUTHOR, created_at: '2026-12-01T10:00:00Z', version: 1 }]);
    expect(note).toMatchObject({ start: 5 });
    expect(note).not.toHaveProperty('end');
  });

  it('keeps what it can read: a note without an id or a time is left out and said', () => {
    const problems: AdapterError[] = [];
    const notes = annotationsFromWire([{ id: 'ok', start: 1, author: AUTHOR, created_at: '2026-12-01T10:00:00Z', version: 1 }, { start: 2 }, { id: 'x', start: -1 }], problems);
    expect(notes.map((n) => n.id)).toEqual(['ok']);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"annotations[1].id"'),
      expect.stringContaining('"annotations[2].start"'),
    ]);
  });

  it('a note with an unreadable author or time is still shown, with what is known', () => {
    const problems: AdapterError[] = [];
    const [note] = annotationsFromWire([{ id: 'n', start: 1, author: 'nobody', created_at: 'yesterday' }], problems);
    expect(note).toMatchObject({ id: 'n', start: 1, author: { id: 'unknown', name: '—' }, version: 0 });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"annotations[0].author"'),
      expect.stringContaining('annotations[0].created_at'),
      expect.stringContaining('annotations[0].updated_at'),
    ]);
  });
});

describe('a call\'s labels on the list', () => {
  it.each([
    ['ids', ['hallucination', 'great'], ['hallucination', 'great']],
    ['objects with an id', [{ id: 'great', name: 'Great answer' }], ['great']],
    ['none sent', undefined, undefined],
  ])('reads %s', (_name, labels, expected) => {
    const page = callListFromWire({ data: [{ id: 'c1', assistant_id: 'a', direction: 'inbound', status: 'completed', started_at: '2026-11-20T10:00:00Z', recording: 'available', labels }], next_cursor: null });
    expect(page.calls[0]!.labels).toEqual(expected);
  });

  it('keeps the row when its labels cannot be read, and says so', () => {
    const page = callListFromWire({ data: [{ id: 'c1', assistant_id: 'a', direction: 'inbound', status: 'completed', started_at: '2026-11-20T10:00:00Z', recording: 'available', labels: 'great' }], next_cursor: null });
    expect(page.calls[0]!.id).toBe('c1');
    expect(page.problems?.map((p) => p.message)).toEqual([expect.stringContaining('"response.data[0].labels" should be an array')]);
  });

  it('the memory adapter lists a call\'s labels and filters by them', async () => {
    const adapter = createMemoryAdapter({ calls: 5, now: Date.UTC(2026, 10, 1) });
    const { calls } = await adapter.listCalls({ limit: 5 });
    await adapter.createAnnotation!(calls[2]!.id, { start: 1, labelId: 'great' });
    await adapter.createAnnotation!(calls[2]!.id, { start: 2, labelId: 'great' });
    const labelled = await adapter.listCalls({ limit: 5, labelId: 'great' });
    expect(labelled.calls.map((c) => [c.id, c.labels])).toEqual([[calls[2]!.id, ['great']]]);
    expect(labelled.total).toBe(1);
  });
});

describe('NoteStore', () => {
  it('versions every save; a save against an older version is a conflict and changes nothing', () => {
    const store = new NoteStore();
    const note = store.create('c', { start: 3, text: 'first' }, AUTHOR, 1_000);
    expect(note).toMatchObject({ version: 1, author: AUTHOR, callId: 'c' });
    const edited = store.update('c', note.id, { text: 'second', version: 1 }, 2_000);
    expect(edited).toMatchObject({ version: 2, text: 'second' });
    let error: unknown;
    try {
      store.update('c', note.id, { text: 'stale', version: 1 });
    } catch (e) {
      error = e;
    }
    expect(isAdapterError(error) && error.code).toBe('conflict');
    expect(store.list('c')[0]).toMatchObject({ text: 'second', version: 2 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => new NoteStore().create('c', { start: 3, end: 2 }, AUTHOR)).toThrow(/end/);
  });

  it('lists a call\'s notes in time order', () => {
    const store = new NoteStore();
    for (const start of [9, 1, 5]) store.create('c', { start }, AUTHOR);
    expect(store.list('c').map((n) => n.start)).toEqual([1, 5, 9]);
  });
});

describe('the memory adapter', () => {
  it('keeps notes per call, and hands out copies', async () => {
    const adapter = createMemoryAdapter({ calls: 3, now: Date.UTC(2026, 10, 1) });
    const { calls } = await adapter.listCalls({ limit: 3 });
    const id = calls[0]!.id;
    const made = await adapter.createAnnotation!(id, { start: 2, text: 'check this' });
    made.text = 'changed by the caller';
    expect((await adapter.listAnnotations!(id))[0]).toMatchObject({ text: 'check this', author: { name: 'You' } });
    expect(await adapter.listAnnotations!(calls[1]!.id)).toEqual([]);
    expect(createMemoryAdapter({ noteAuthor: false }).listAnnotations).toBeUndefined();
  });
});

describe('a note field by field', () => {
  const NOTE = { id: 'n1', call_id: 'c1', start: 4, author: AUTHOR, created_at: '2026-12-01T10:00:00Z', version: 3 };
  const said = (path: string, expected: string, seen: string) =>
    `The server sent a malformed response: "${path}" should be ${expected} but is ${seen}.`;
  const read = (patch: object) => {
    const problems: AdapterError[] = [];
    const notes = annotationsFromWire([{ ...NOTE, ...patch }], problems);
    return { note: notes[0], problems: problems.map((p) => p.message) };
  };

  it.each([
    ['no id', { id: undefined }, said('annotations[0].id', 'a non-empty string', 'undefined')],
    ['no start', { start: undefined }, said('annotations[0].start', 'a number of seconds ≥ 0', 'undefined')],
    ['a negative start', { start: -0.5 }, said('annotations[0].start', 'a number of seconds ≥ 0', 'number')],
    ['a start of blank text', { start: '  ' }, said('annotations[0].start', 'a number of seconds ≥ 0', 'string')],
    ['a start that is not a number', { start: '4s' }, said('annotations[0].start', 'a number of seconds ≥ 0', 'string')],
  ])('cannot show a note with %s, and says why', (_name, patch, message) => {
    expect(read(patch)).toEqual({ note: undefined, problems: [message] });
  });

  it('reads a numeric id and a start sent as text', () => {
    expect(read({ id: 42, start: '12.5' }).note).toMatchObject({ id: '42', start: 12.5 });
    expect(read({ start: 0 }).note).toMatchObject({ start: 0 });
  });

  it.each([
    ['end', -1, { end: undefined }, said('annotations[0].end', 'a number of seconds ≥ 0', 'number')],
    ['author', 'Ann', { author: { id: 'unknown', name: '—' } }, said('annotations[0].author', 'an object', 'string')],
    ['author', { id: 7, name: 'Ann' }, { author: { id: 'unknown', name: 'Ann' } }, said('annotations[0].author.id', 'a non-empty string', 'number')],
    ['author', { id: 'a', name: ['Ann'] }, { author: { id: 'a', name: '—' } }, said('annotations[0].author.name', 'a non-empty string', 'an array')],
    ['version', '3', { version: 0 }, said('annotations[0].version', 'a finite number', 'string')],
    ['call_id', 5, { callId: '' }, said('annotations[0].call_id', 'a non-empty string', 'number')],
    ['turn_index', 'two', { turnIndex: undefined }, said('annotations[0].turn_index', 'a finite number', 'string')],
    ['label_id', 9, { labelId: undefined }, said('annotations[0].label_id', 'a non-empty string', 'number')],
    ['words', [2, 1], { words: undefined }, said('annotations[0].words', 'two word indexes [first, last]', 'an array')],
    ['words', [-1, 2], { words: undefined }, said('annotations[0].words', 'two word indexes [first, last]', 'an array')],
    ['words', [1.5, 2], { words: undefined }, said('annotations[0].words', 'two word indexes [first, last]', 'an array')],
    ['words', [1, 2.5], { words: undefined }, said('annotations[0].words', 'two word indexes [first, last]', 'an array')],
    ['words', '1-2', { words: undefined }, said('annotations[0].words', 'an array', 'string')],
    ['created_at', 'yesterday', { createdAt: 0, updatedAt: 0 }, said('annotations[0].created_at', 'an ISO 8601 time or epoch milliseconds', 'string')],
  ])('keeps a note whose %s = %j cannot be read, without it, and says why', (field, value, expected, message) => {
    const { note, problems } = read({ [field]: value });
    expect(note).toMatchObject({ id: 'n1', start: 4 });
    for (const [key, v] of Object.entries(expected)) {
      if (v === undefined) expect(note).not.toHaveProperty(key);
      else expect(note).toHaveProperty(key, v);
    }
    expect(problems.slice(0, 1)).toEqual([message]);
  });

  it('reads a note without an author as unknown, and an unreadable update time as its creation', () => {
    const { note, problems } = read({ author: undefined, updated_at: 'later' });
    expect(note).toMatchObject({ author: { id: 'unknown', name: '—' }, createdAt: '2026-12-01T10:00:00Z', updatedAt: 0 });
    expect(problems).toEqual([said('annotations[0].updated_at', 'an ISO 8601 time or epoch milliseconds', 'string')]);
    expect(read({ updated_at: undefined }).note).toMatchObject({ updatedAt: '2026-12-01T10:00:00Z' });
    expect(read({ created_at: 1764583200000 }).note).toMatchObject({ createdAt: 1764583200000, updatedAt: 1764583200000 });
  });

  it('keeps a span only when it ends after it starts, and a word span of one word', () => {
    expect(read({ end: 4 }).note).not.toHaveProperty('end');
    expect(read({ end: 4.5 }).note).toMatchObject({ end: 4.5 });
    expect(read({ end: null }).problems).toEqual([]);
    expect(read({ words: [3, 3] }).note).toMatchObject({ words: [3, 3] });
    expect(read({ words: [0, 0] }).note).toMatchObject({ words: [0, 0] });
  });

  it('prefers the snake_case name when both are sent, and keeps text and can_edit only as their own types', () => {
    expect(read({ label_id: 'a', labelId: 'b', turn_index: 1, turnIndex: 2 }).note).toMatchObject({ labelId: 'a', turnIndex: 1 });
    const { note } = read({ text: 5, can_edit: 'yes' });
    expect(note).not.toHaveProperty('text');
    expect(note).not.toHaveProperty('canEdit');
    expect(read({ canEdit: true, text: '' }).note).toMatchObject({ canEdit: true, text: '' });
  });

  it('names a list answer that holds no list, and reads { annotations } too', () => {
    expect(() => annotationsFromWire({ notes: [] })).toThrow(said('annotations', 'an array', 'undefined'));
    expect(() => annotationsFromWire('n1')).toThrow(said('annotations', 'an object', 'string'));
    expect(annotationsFromWire({ annotations: [NOTE] }).map((n) => n.id)).toEqual(['n1']);
  });

  it('lets an error that is not about the data through, rather than hiding a bug as a bad note', () => {
    const hostile = { ...NOTE, get start(): number { throw new RangeError('bug'); } };
    expect(() => annotationsFromWire([hostile])).toThrow(RangeError);
  });
});

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

// @vitest-environment node
// Redactions as backends send them: a turn's character spans (AssemblyAI's and Deepgram's entity
// detection) masked before anything is kept, and the call's redacted stretches of audio. What cannot be
// read hides more, never less, and is reported with the field that was wrong.
import { describe, expect, it } from 'vitest';
import { callDetailFromWire, problemsOf } from '../../src/adapter/validate';

const CALL = {
  id: 'call-1', assistant_id: 'asst_1', direction: 'inbound', status: 'completed',
  started_at: '2026-11-20T10:00:00.000Z', recording: 'available',
};
const TEXT = 'My number is 415 555 0123 and my card is 4111.';
//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const WORDS = [{ text: 'My', start_seconds: 1, end_seconds: 1.2 }];

const turnWith = (redactions: unknown, text = TEXT) => {
  const call = callDetailFromWire({
    ...CALL,
    transcript: [{ speaker: 'caller', text, start_seconds: 1, end_seconds: 4, words: WORDS, redactions }],
  });
  return { turn: call.transcript![0]!, problems: problemsOf(call).map((p) => p.message) };
};

describe("a turn's redactions", () => {
  it.each([
    ['phone_number', '[phone number]'],
    ['credit-card__number', '[credit card number]'],
    ['_SSN_', '[ssn]'],
    ['Date Of Birth', '[date of birth]'],
  ])('names what was hidden: entity %j reads %j', (entity, words) => {
    const { turn } = turnWith([{ start_char: 13, end_char: 25, entity }]);
    expect(turn.text).toBe(`My number is ${words} and my card is 4111.`);
    expect(turn.masked).toEqual([{ start: 13, end: 13 + words.length, entity }]);
  });

  it('says [redacted] when the backend does not say what it hid', () => {
    const { turn } = turnWith([{ start_char: 13, end_char: 25 }]);
    expect(turn.text).toBe('My number is [redacted] and my card is 4111.');
    expect(turn.masked).toEqual([{ start: 13, end: 23 }]);
  });

  it.each([
    ['start_char / end_char / entity (AssemblyAI)', { start_char: 41, end_char: 45, entity: 'card' }],
    ['startChar / endChar / entity_type', { startChar: 41, endChar: 45, entity_type: 'card' }],
    ['start / end / entityType', { start: 41, end: 45, entityType: 'card' }],
    ['start / end / label (Deepgram)', { start: 41, end: 45, label: 'card' }],
  ])('reads the field names backends use: %s', (_name, span) => {
    const { turn, problems } = turnWith([span]);
    expect(turn.text).toBe('My number is 415 555 0123 and my card is [card].');
    expect(problems).toEqual([]);
  });

  it('reads an offset of 0 as the start of the text, not as missing', () => {
    const { turn } = turnWith([{ start_char: 0, end_char: 2, start: 30, entity: 'name' }]);
    expect(turn.text).toBe('[name] number is 415 555 0123 and my card is 4111.');
    expect(turn.masked).toEqual([{ start: 0, end: 6, entity: 'name' }]);
  });

  it('masks spans that come unsorted and overlapping as one stretch, and places each placeholder where it ends up', () => {
    const { turn } = turnWith([
      { start_char: 41, end_char: 45, entity: 'card' },
      { start_char: 17, end_char: 25, entity: 'phone' },
      { start_char: 13, end_char: 20, entity: 'number' },
    ]);
    expect(turn.text).toBe('My number is [number] and my card is [card].');
    expect(turn.masked).toEqual([{ start: 13, end: 21, entity: 'number' }, { start: 37, end: 43, entity: 'card' }]);
  });

  it('keeps two spans that only touch as two placeholders', () => {
    const { turn } = turnWith([{ start_char: 13, end_char: 16, entity: 'area' }, { start_char: 16, end_char: 25, entity: 'line' }]);
    expect(turn.text).toBe('My number is [area][line] and my card is 4111.');
  });

  it('ignores an empty span and a span that ends before it starts', () => {
    const { turn } = turnWith([{ start_char: 5, end_char: 5 }, { start_char: 9, end_char: 3 }, { start_char: 41, end_char: 45 }]);
    expect(turn.text).toBe('My number is 415 555 0123 and my card is [redacted].');
    expect(turn.masked).toHaveLength(1);
  });

  it('hides to the end of the text a span that runs past it, and hides nothing twice', () => {
    expect(turnWith([{ start_char: 41, end_char: 400 }]).turn.text).toBe('My number is 415 555 0123 and my card is [redacted]');
    expect(turnWith([{ start_char: 400, end_char: 500 }]).turn.text).toBe(`${TEXT}[redacted]`);
  });

  it('drops the word timings of a masked turn (they would carry the words) and keeps them when nothing is masked', () => {
    expect(turnWith([{ start_char: 0, end_char: 2 }]).turn.words).toBeUndefined();
    expect(turnWith([]).turn).toMatchObject({ text: TEXT, words: [{ text: 'My' }] });
    expect(turnWith(null).turn).toMatchObject({ text: TEXT, words: [{ text: 'My' }] });
    expect(turnWith([]).turn.masked).toBeUndefined();
  });

  it('reads masked_spans as redactions', () => {
    const call = callDetailFromWire({
      ...CALL, transcript: [{ speaker: 'caller', text: TEXT, start_seconds: 1, masked_spans: [{ start_char: 41, end_char: 45 }] }],
    });
    expect(call.transcript![0]!.text).toBe('My number is 415 555 0123 and my card is [redacted].');
  });

  it.each([
    ['a negative offset', { start_char: -1, end_char: 4 }, 'start_char', 'number'],
    ['a fractional offset', { start_char: 1, end_char: 4.5 }, 'end_char', 'number'],
    ['an offset as text', { start_char: '13', end_char: 25 }, 'start_char', 'string'],
    ['a missing end', { start_char: 13 }, 'end_char', 'undefined'],
  ])('hides the whole turn when a span cannot be read (%s), and says which field', (_name, span, field, seen) => {
    const { turn, problems } = turnWith([{ start_char: 41, end_char: 45 }, span]);
    expect(turn.text).toBe('[redacted]');
    expect(turn.masked).toEqual([{ start: 0, end: 10 }]);
    expect(turn.words).toBeUndefined();
    expect(problems).toEqual([
      `The server sent a malformed response: "call.transcript[0].redactions[1].${field}" should be a character offset (a whole number, 0 or more) but is ${seen}.`,
    ]);
  });

  it('hides the whole turn when redactions are not a list, or a span is not an object', () => {
    expect(turnWith('13-25')).toEqual({
      turn: expect.objectContaining({ text: '[redacted]' }),
      problems: ['The server sent a malformed response: "call.transcript[0].redactions" should be an array but is string.'],
    });
    expect(turnWith([7]).problems).toEqual(['The server sent a malformed response: "call.transcript[0].redactions[0]" should be an object but is number.']);
  });

  it('reads an offset of exactly 0 and a whole-number offset as valid', () => {
    expect(turnWith([{ start_char: 0, end_char: 46 }]).problems).toEqual([]);
  });
});

describe("a call's redacted stretches of audio", () => {
  const read = (redactions: unknown) => {
    const call = callDetailFromWire({ ...CALL, redactions });
    return { redactions: call.redactions, problems: problemsOf(call).map((p) => p.message) };
  };

  it('reads seconds under either name, the channel (both when unsaid) and what was hidden, sorted by start', () => {
    expect(read([
      { start_seconds: 30, end_seconds: 31.5, channel: 'assistant', entity_type: 'card' },
      { start: 12, end: 14, channel: 'caller', entity: 'phone_number' },
      { start: 0, end: 0, entityType: 'name' },
      { start: 5, end: 6, entity: 42 },
    ])).toEqual({
      redactions: [
        { start: 0, end: 0, channel: 'both', entity: 'name' },
        { start: 5, end: 6, channel: 'both' },
        { start: 12, end: 14, channel: 'caller', entity: 'phone_number' },
        { start: 30, end: 31.5, channel: 'assistant', entity: 'card' },
      ],
      problems: [],
    });
  });

  it('keeps start over start_seconds and end over end_seconds when both are sent', () => {
    expect(read([{ start: 2, start_seconds: 9, end: 3, end_seconds: 10 }]).redactions).toEqual([{ start: 2, end: 3, channel: 'both' }]);
  });

  it.each([
    ['a negative start', { start: -1, end: 2 }, '[0].start', 'a number of seconds (0 or more)', 'number'],
    ['a start as text', { start: '1', end: 2 }, '[0].start', 'a number of seconds (0 or more)', 'string'],
    ['an endless start', { start: Infinity, end: Infinity }, '[0].start', 'a number of seconds (0 or more)', 'number'],
    ['an end before the start', { start: 4, end: 3.5 }, '[0].end', 'seconds, at least start (4)', 'number'],
    ['no end', { start: 4 }, '[0].end', 'seconds, at least start (4)', 'undefined'],
    ['an endless end', { start: 4, end: Infinity }, '[0].end', 'seconds, at least start (4)', 'number'],
    ['a channel of its own', { start: 4, end: 5, channel: 'left' }, '[0].channel', 'caller, assistant or both', 'string'],
  ])('drops a stretch with %s, keeps the others and says why', (_name, bad, field, expected, seen) => {
    const { redactions, problems } = read([bad, { start: 8, end: 9 }]);
    expect(redactions).toEqual([{ start: 8, end: 9, channel: 'both' }]);
    expect(problems).toEqual([`The server sent a malformed response: "call.redactions${field}" should be ${expected} but is ${seen}.`]);
  });

  it('has none when none are sent, and an empty list (with the problem) when they are not a list', () => {
    expect(read(undefined)).toEqual({ redactions: undefined, problems: [] });
    expect(read(null)).toEqual({ redactions: undefined, problems: [] });
    expect(read({ start: 1 })).toEqual({
      redactions: [], problems: ['The server sent a malformed response: "call.redactions" should be an array but is object.'],
    });
  });
});

// @vitest-environment node
// What an adapter's failure means to the components (retry or not, which status is which), and a
// turn's pipeline latency as our wire and the voice platforms send it.
import { describe, expect, it } from 'vitest';
import { AdapterError, codeForStatus, isAdapterError, isPermanentError, shouldRetry } from '../../src/adapter/errors';
import { attachTurnLatencies, retellTurnLatencies, vapiTurnLatencies } from '../../src/adapter/platformLatency';
import { callDetailFromWire, problemsOf } from '../../src/adapter/validate';
import type { TranscriptTurn } from '../../src/types';

describe('adapter errors', () => {
  it.each([
    [401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [409, 'conflict'], [412, 'conflict'],
    [400, 'server'], [429, 'server'], [500, 'server'], [503, 'server'],
  ])('an HTTP %i is %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });

  it.each([
    ['unauthorized', true], ['forbidden', true], ['not-found', true], ['invalid-response', true], ['conflict', true],
    ['network', false], ['server', false],
  ] as const)('%s is permanent: %s — retried up to twice only when it is not', (code, permanent) => {
    const error = new AdapterError(code, 'x');
    expect(isPermanentError(error)).toBe(permanent);
    expect([0, 1, 2].map((failures) => shouldRetry(failures, error))).toEqual(permanent ? [false, false, false] : [true, true, false]);
  });

  it('retries an error that is not an adapter error (a bug in a host adapter may be passing)', () => {
    expect(isPermanentError(new TypeError('fetch failed'))).toBe(false);
    expect(shouldRetry(1, new TypeError('fetch failed'))).toBe(true);
  });

  it("knows an AdapterError from another copy of the library by its name and code, and nothing else by name alone", () => {
    const foreign = Object.assign(new Error('gone'), { name: 'AdapterError', code: 'not-found' });
    expect(isAdapterError(foreign)).toBe(true);
    expect(isPermanentError(foreign)).toBe(true);
    expect(isAdapterError(Object.assign(new Error('x'), { name: 'AdapterError' }))).toBe(false);
    expect(isAdapterError(Object.assign(new Error('x'), { code: 'not-found' }))).toBe(false);
    expect(isAdapterError({ name: 'AdapterError', code: 'not-found', message: 'x' })).toBe(false);
    expect(isAdapterError(new AdapterError('server', 'x'))).toBe(true);
  });

  it('carries its status, and its cause only when there is one', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new AdapterError('network', 'The server could not be reached.', { status: 0, cause });
    expect(error).toMatchObject({ name: 'AdapterError', code: 'network', status: 0, message: 'The server could not be reached.', cause });
    expect('cause' in new AdapterError('server', 'x')).toBe(false);
  });

  it('reads the problems kept on a value, and nothing from a value without them', () => {
    const problem = new AdapterError('invalid-response', 'x');
    expect(problemsOf({ problems: [problem, 'text', { message: 'y' }] })).toEqual([problem]);
    expect(problemsOf({ problems: 'x' })).toEqual([]);
    expect(problemsOf(null)).toEqual([]);
    expect(problemsOf('problems')).toEqual([]);
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe("a turn's pipeline latency on our wire", () => {
  const turn = (latency: unknown) => {
    const call = callDetailFromWire({
      id: 'c', assistant_id: 'a', direction: 'inbound', status: 'completed', started_at: '2026-11-20T10:00:00Z', recording: 'available',
      transcript: [{ speaker: 'assistant', text: 'Hi', start_seconds: 2, latency }],
    });
    return { latency: call.transcript![0]!.latency, problems: problemsOf(call).map((p) => p.message) };
  };

  it('reads every stage in snake_case or camelCase, 0 included', () => {
    expect(turn({ transport_ms: 0, endpointing_ms: 300, stt_ms: 120, llm_ms: 450, tool_ms: 800, tts_ms: 90 }).latency)
      .toEqual({ transportMs: 0, endpointingMs: 300, sttMs: 120, llmMs: 450, toolMs: 800, ttsMs: 90 });
    expect(turn({ transportMs: 1, endpointingMs: 2, sttMs: 3, llmMs: 4, toolMs: 5, ttsMs: 6 }).latency)
      .toEqual({ transportMs: 1, endpointingMs: 2, sttMs: 3, llmMs: 4, toolMs: 5, ttsMs: 6 });
  });

  it.each([
    ['a negative stage', { stt_ms: -5, llm_ms: 400 }, 'stt_ms', 'number'],
    ['a stage as text', { sttMs: '120', llm_ms: 400 }, 'sttMs', 'string'],
    ['an endless stage', { tts_ms: Infinity, llm_ms: 400 }, 'tts_ms', 'number'],
  ])('drops %s, keeps the others and names it as sent', (_name, latency, field, seen) => {
    expect(turn(latency)).toEqual({
      latency: { llmMs: 400 },
      problems: [`The server sent a malformed response: "call.transcript[0].latency.${field}" should be a number of milliseconds (0 or more) but is ${seen}.`],
    });
  });

  it('has no latency when none is sent, none can be read, or it is not an object', () => {
    expect(turn(null)).toEqual({ latency: undefined, problems: [] });
    expect(turn({ stt_ms: null, llm_ms: undefined })).toEqual({ latency: undefined, problems: [] });
    expect(turn({})).toEqual({ latency: undefined, problems: [] });
    expect(turn(450)).toEqual({
      latency: undefined, problems: ['The server sent a malformed response: "call.transcript[0].latency" should be an object but is number.'],
    });
  });
});

describe("the platforms' latency", () => {
  it('keeps a stage of 0 ms from Vapi, and leaves out what is not a number', () => {
    expect(vapiTurnLatencies({ turnLatencies: [{ endpointingLatency: 0, transcriberLatency: 'x', modelLatency: 512.25, voiceLatency: -1 }, null] }))
      .toEqual([{ endpointingMs: 0, llmMs: 512.25 }, {}]);
  });

  it("makes one entry per answer from Retell's stages, however many each stage has", () => {
    expect(retellTurnLatencies({ asr: { values: [100] }, llm: { values: [400, 500, 600] }, tts: { values: [90, 80] } })).toEqual([
      { sttMs: 100, llmMs: 400, ttsMs: 90 }, { llmMs: 500, ttsMs: 80 }, { llmMs: 600 },
    ]);
  });

  const t = (speaker: 'caller' | 'assistant', startSeconds: number): TranscriptTurn => ({ speaker, text: `${speaker} ${startSeconds}`, startSeconds });

  it('puts the n-th latency on the n-th answer in time order, whatever order the turns come in', () => {
    const turns = [t('assistant', 12), t('caller', 10), t('assistant', 4), t('caller', 2), t('assistant', 0)];
    const out = attachTurnLatencies(turns, [{ llmMs: 1 }, { llmMs: 2 }]);
    expect(out.map((turn) => turn.latency?.llmMs)).toEqual([2, undefined, 1, undefined, undefined]);
  });

  it('counts only an assistant turn that follows a caller turn as an answer, and skips an empty entry', () => {
    const turns = [t('caller', 0), t('assistant', 1), t('assistant', 2), t('caller', 3), t('assistant', 4), t('caller', 5), t('assistant', 6)];
    const out = attachTurnLatencies(turns, [{ llmMs: 1 }, {}, { llmMs: 3 }]);
    expect(out.map((turn) => turn.latency?.llmMs)).toEqual([undefined, 1, undefined, undefined, undefined, undefined, 3]);
    expect(turns[1]).not.toHaveProperty('latency');
  });
});

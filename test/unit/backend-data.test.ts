// @vitest-environment node
// What backends really send, read rather than rejected: table tests over the wire readers, and BBC
// audiowaveform JSON written in the test from a decoded recording.
import { readFileSync } from 'node:fs';
import { MPEGDecoder } from 'mpg123-decoder';
import { describe, expect, it } from 'vitest';
import { deepgramTurnLatency, EN_MESSAGES, retellTurnLatencies, vapiTurnLatencies } from '../../src';
import { readPeaks } from '../../src/adapter/peaks';
import { callDetailFromWire, callListFromWire, problemsOf, recordingFromWire } from '../../src/adapter/validate';
import { directionText, recordingText, statusText } from '../../src/format';
import { reducePeaks } from '../../src/player/peaks';

const CALL = {
  id: 'call-1', assistant_id: 'asst_1', assistant_name: 'Front Desk', direction: 'inbound', status: 'completed',
  from_number: '+14155550123', to_number: '+14155550100', started_at: '2026-11-20T10:00:00.000Z',
  duration_seconds: 190, ended_reason: 'customer-ended-call', cost_usd: 0.41, recording: 'available',
};

describe('reading calls as backends send them', () => {
  it.each([
    ['an empty optional string is absent', { from_number: '', ended_reason: '', assistant_name: '' }, { fromNumber: undefined, endedReason: undefined, assistantName: undefined }, 0],
    ['an unknown direction is kept as its text', { direction: 'sip-trunk' }, { direction: 'sip-trunk' }, 0],
    ['an unknown recording state is kept as its text', { recording: 'archived' }, { recording: 'archived' }, 0],
    ['a status named __proto__ is just text', { status: '__proto__' }, { status: '__proto__' }, 0],
    ['a bad optional number is dropped and reported', { cost_usd: '0.41' }, { costUsd: undefined }, 1],
    ['a bad optional date is dropped and reported', { ended_at: 'later' }, { endedAt: undefined }, 1],
    ['a duration of 0 stays 0 (a call that never connected)', { duration_seconds: 0 }, { durationSeconds: 0 }, 0],
  ])('%s', (_name, patch, expected, problems) => {
    const page = callListFromWire({ data: [{ ...CALL, ...patch }], next_cursor: null });
    expect(page.calls).toHaveLength(1);
    for (const [key, value] of Object.entries(expected)) expect(page.calls[0]![key as keyof typeof page.calls[0]]).toBe(value);
    expect(problemsOf(page)).toHaveLength(problems);
  });

  it('drops the one bad row and keeps the page, saying which row and why', () => {
    const page = callListFromWire({ data: [CALL, { ...CALL, id: '', started_at: 'yesterday' }, { ...CALL, id: 'call-3' }], next_cursor: 'c2' });
    expect(page.calls.map((c) => c.id)).toEqual(['call-1', 'call-3']);
    expect(page.nextCursor).toBe('c2');
    expect(problemsOf(page).map((p) => p.message)).toEqual([expect.stringContaining('"response.data[1].id" should be a non-empty string')]);
  });

  it('an empty next_cursor is the end', () => {
    expect(callListFromWire({ data: [], next_cursor: '' }).nextCursor).toBeNull();
  });

  it('reads a call whose summary is empty, with one bad turn and one bad metadata value', () => {
    const call = callDetailFromWire({
      ...CALL, summary: '',
      transcript: [{ speaker: 'caller', text: 'Hi', start_seconds: 0 }, { speaker: 'robot', text: '?', start_seconds: 1 }, { speaker: 'assistant', text: 'Hello', start_seconds: 2 }],
      metadata: { plan: 'pro', tags: ['a'], retries: 2 },
    });
    expect(call.summary).toBeUndefined();
    expect(call.transcript?.map((t) => t.text)).toEqual(['Hi', 'Hello']);
    expect(call.metadata).toEqual({ plan: 'pro', retries: 2 });
    expect(problemsOf(call).map((p) => p.message)).toEqual([
      expect.stringContaining('call.transcript[1].speaker'),
      expect.stringContaining('call.metadata.tags'),
    ]);
  });

  it('reads events (snake_case, any type, in time order) and word timings, dropping only what cannot be read', () => {
    const call = callDetailFromWire({
      ...CALL,
      events: [
        { type: 'handoff', label: 'Billing agent', at_seconds: 40, detail: '' },
        { type: 'tool-call', label: 'lookup_order', at_seconds: 12.5, duration_ms: 340, detail: '{"order":"A1"}' },
        { type: 'crm-sync', at_seconds: 20 }, // no label: shown by its type
        { type: 'dtmf', label: '1', at_seconds: -3 }, // no time before the call
        { type: 'hold', label: 'Hold', at_seconds: 50, duration_ms: 'long' }, // a bad duration is dropped, not the event
      ],
      transcript: [
        {
          speaker: 'caller', text: 'Where is my order', start_seconds: 1,
          words: [
            { text: 'Where', start_seconds: 1, end_seconds: 1.3 },
            { text: 'is', start_seconds: 1.3, end_seconds: 1.4 },
            { text: 'my', start_seconds: 2, end_seconds: 1.9 }, // ends before it starts
            { text: 'order', start_seconds: 2, end_seconds: 2.5 },
          ],
        },
        { speaker: 'assistant', text: 'Let me check', start_seconds: 3, words: 'not a list' },
      ],
    });
    expect(call.events).toEqual([
      { type: 'tool-call', label: 'lookup_order', atSeconds: 12.5, durationMs: 340, detail: '{"order":"A1"}' },
      { type: 'crm-sync', label: 'crm-sync', atSeconds: 20 },
      { type: 'handoff', label: 'Billing agent', atSeconds: 40 },
      { type: 'hold', label: 'Hold', atSeconds: 50 },
    ]);
    expect(call.transcript?.[0]?.words?.map((w) => w.text)).toEqual(['Where', 'is', 'order']);
    expect(call.transcript?.[1]).toEqual({ speaker: 'assistant', text: 'Let me check', startSeconds: 3 });
    expect(problemsOf(call).map((p) => p.message)).toEqual([
      expect.stringContaining('call.transcript[0].words[2].end_seconds'),
      expect.stringContaining('call.transcript[1].words'),
      expect.stringContaining('call.events[3].at_seconds'),
      expect.stringContaining('call.events[4].duration_ms'),
    ]);
  });

  it('shows unknown values as their raw text, known ones in the catalog\'s words', () => {
    expect(directionText(EN_MESSAGES, 'sip-trunk')).toBe('sip-trunk');
    expect(directionText(EN_MESSAGES, 'inbound')).toBe(EN_MESSAGES.directionInbound);
    expect(statusText(EN_MESSAGES, '__proto__')).toBe('__proto__');
    expect(statusText(EN_MESSAGES, 'constructor')).toBe('constructor');
    expect(recordingText(EN_MESSAGES, 'archived')).toBe('Recording: archived');
  });
});

describe('reading recordings and peaks as backends send them', () => {
  const source = (patch: object) => recordingFromWire({ url: 'https://s3.test/r.mp3', expires_at: 1_800_000_000, ...patch });

  it('reads duration 0 as unknown and expires_at in epoch seconds as it is', () => {
    const read = source({ duration_seconds: 0 });
    expect('durationSeconds' in read).toBe(false);
    expect(read.expiresAt).toBe(1_800_000_000);
    expect(problemsOf(read)).toEqual([]);
  });

  it.each([
    ['one channel (a mono file)', [[0.5, -0.5, 0.25, -0.25]], [[0.5, -0.5, 0.25, -0.25]]],
    ['two channels', [[1, -1], [0.5, 0]], [[1, -1], [0.5, 0]]],
    ['a peak of 1.0000001 (rounding)', [[1.0000001, -1.0000001]], [[1, -1]]],
    ['8-bit integers', [[127, -128, 64, 0]], [[127 / 128, -1, 0.5, 0]]],
    ['16-bit integers', [[32767, -32768, 16384, 0]], [[32767 / 32768, -1, 0.5, 0]]],
    ['0/1 integers', [[1, 0, 1, 0]], [[1, 0, 1, 0]]],
  ])('reads peaks as %s', (_name, input, expected) => {
    const channels = readPeaks(input);
    expect(channels.map((c) => Array.from(c, (v) => Math.round(v * 1e6) / 1e6))).toEqual(expected.map((c) => c.map((v) => Math.round(v * 1e6) / 1e6)));
  });

  it.each([
    ['three channels', [[0], [0], [0]]],
    ['text', [['loud']]],
    ['values past 16 bits', [[70_000]]],
  ])('drops peaks given as %s, and says so', (_name, peaks) => {
    const read = source({ peaks });
    expect(read.peaks).toBeUndefined();
    expect(problemsOf(read)[0]?.message).toContain('recording.peaks');
  });
});

/**
 * What BBC audiowaveform writes: min/max per pixel, per channel interleaved, as signed integers of
 * `bits` (16-bit samples as they are; 8-bit ones as 16-bit divided by 256).
 */
function audiowaveformJson(channels: Float32Array[], sampleRate: number, samplesPerPixel: number, bits: 8 | 16, version: 1 | 2) {
  const scale = bits === 8 ? 128 : 32768;
  const quantize = (v: number) => Math.max(-scale, Math.min(scale - 1, Math.floor(v * scale)));
  const points = Math.floor(channels[0]!.length / samplesPerPixel);
  const data: number[] = [];
  for (let p = 0; p < points; p++) {
    for (const channel of channels) {
      let min = 0;
      let max = 0;
      for (let i = p * samplesPerPixel; i < (p + 1) * samplesPerPixel; i++) {
        min = Math.min(min, channel[i]!);
        max = Math.max(max, channel[i]!);
      }
      data.push(quantize(min), quantize(max));
    }
  }
  return version === 1
    ? { version: 1, sample_rate: sampleRate, samples_per_pixel: samplesPerPixel, bits, length: points, data }
    : { version: 2, channels: channels.length, sample_rate: sampleRate, samples_per_pixel: samplesPerPixel, bits, length: points, data };
}

describe('BBC audiowaveform JSON', async () => {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const decoded = decoder.decode(readFileSync(new URL('../../src/adapter/fixtures/call-short.mp3', import.meta.url)));
  decoder.free();
  const pcm = decoded.channelData.map((c) => c.subarray(0, decoded.samplesDecoded));
  const spp = 256;
  const points = Math.floor(pcm[0]!.length / spp);

  it.each([
    [2, 16, 2], [2, 8, 2], [1, 16, 2], [1, 8, 2], [1, 16, 1], [1, 8, 1],
  ] as const)('%i channel(s), %i bits, version %i: the same min/max as the PCM, within one step', (channelCount, bits, version) => {
    const channels = pcm.slice(0, channelCount);
    const json = audiowaveformJson(channels, decoded.sampleRate, spp, bits, version);
    const read = recordingFromWire({ url: 'https://s3.test/r.mp3', expires_at: 1_800_000_000, peaks: json });
    expect(problemsOf(read)).toEqual([]);
    const peaks = readPeaks(read.peaks);
    expect(peaks).toHaveLength(channelCount);
    const step = bits === 8 ? 1 / 128 : 1 / 32768;
    channels.forEach((channel, c) => {
      const reference = reducePeaks(channel.subarray(0, points * spp), points); // [max, min, …] from the PCM itself
      expect(peaks[c]!.length).toBe(reference.length);
      let worst = 0;
      for (let i = 0; i < reference.length; i++) worst = Math.max(worst, Math.abs(peaks[c]![i]! - reference[i]!));
      expect(worst).toBeLessThanOrEqual(step * 1.001);
    });
  });
});

describe('zero is a value, not a missing one', () => {
  const call = (over: Record<string, unknown>) => ({
    id: 'c', assistant_id: 'a', direction: 'inbound', status: 'completed', started_at: '2026-11-20T10:00:00Z', recording: 'available', ...over,
  });

  it('a turn at 0 s, a word from 0 s to 0 s, an event at 0 s and a stage of 0 ms are all kept', () => {
    const detail = callDetailFromWire(call({
      transcript: [{
        speaker: 'assistant', text: 'Hi', start_seconds: 0, end_seconds: 0,
        words: [{ text: 'Hi', start_seconds: 0, end_seconds: 0 }],
        latency: { endpointing_ms: 0, stt_ms: 0, llm_ms: 0, tts_ms: 0, tool_ms: 0, transport_ms: 0 },
      }],
      events: [{ type: 'dtmf', label: '1', at_seconds: 0, duration_ms: 0 }],
    }));
    expect(problemsOf(detail)).toEqual([]);
    expect(detail.transcript).toEqual([{
      speaker: 'assistant', text: 'Hi', startSeconds: 0, endSeconds: 0,
      words: [{ text: 'Hi', startSeconds: 0, endSeconds: 0 }],
      latency: { endpointingMs: 0, sttMs: 0, llmMs: 0, ttsMs: 0, toolMs: 0, transportMs: 0 },
    }]);
    expect(detail.events).toEqual([{ type: 'dtmf', label: '1', atSeconds: 0, durationMs: 0 }]);
  });

  it('a negative stage is dropped and said; the others stay', () => {
    const detail = callDetailFromWire(call({ transcript: [{ speaker: 'assistant', text: 'Hi', start_seconds: 1, latency: { llm_ms: -5, tts_ms: 120 } }] }));
    expect(detail.transcript![0]!.latency).toEqual({ ttsMs: 120 });
    expect(problemsOf(detail).map((p) => p.message)).toEqual([expect.stringContaining('transcript[0].latency.llm_ms')]);
  });

  it('a word ending before it starts loses its timing, never the turn', () => {
    const detail = callDetailFromWire(call({
      transcript: [{ speaker: 'caller', text: 'a b', start_seconds: 1, words: [{ text: 'a', start_seconds: 1, end_seconds: 1 }, { text: 'b', start_seconds: 2, end_seconds: 1.5 }] }],
    }));
    expect(detail.transcript![0]!.words).toEqual([{ text: 'a', startSeconds: 1, endSeconds: 1 }]);
    expect(problemsOf(detail).map((p) => p.message)).toEqual([expect.stringContaining('transcript[0].words[1].end_seconds')]);
  });

  it.each([
    ['Vapi', () => vapiTurnLatencies({ turnLatencies: [{ modelLatency: 0, voiceLatency: 0, transcriberLatency: 0, endpointingLatency: 0 }] })[0], { endpointingMs: 0, sttMs: 0, llmMs: 0, ttsMs: 0 }],
    ['Retell', () => retellTurnLatencies({ asr: { values: [0] }, llm: { values: [0] }, tts: { values: [0] } })[0], { sttMs: 0, llmMs: 0, ttsMs: 0 }],
    ['Deepgram', () => deepgramTurnLatency({ stt_latency: 0, ttt_text_latency: 0, tts_latency: 0 }), { sttMs: 0, llmMs: 0, ttsMs: 0 }],
  ])('%s: a stage of 0 ms is kept', (_name, read, expected) => {
    expect(read()).toEqual(expected);
  });
});

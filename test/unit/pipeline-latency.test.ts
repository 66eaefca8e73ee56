import { describe, expect, it } from 'vitest';
import { attachTurnLatencies, deepgramTurnLatency, pipelineSummary, retellTurnLatencies, vapiTurnLatencies, waterfallOf, type TranscriptTurn } from '../../src';
import { createHttpAdapter } from '../../src';

describe('waterfallOf', () => {
  it.each([
    { name: 'no latency', latency: undefined, heard: 0.9, expected: null },
    { name: 'no stage', latency: {}, heard: 0.9, expected: null },
    {
      name: 'stages in pipeline order whatever the key order; audio agrees within 300 ms',
      latency: { ttsMs: 150, llmMs: 420, endpointingMs: 120, sttMs: 180 }, heard: 1.0,
      expected: { stages: [{ stage: 'endpointing', ms: 120, fromMs: 0 }, { stage: 'stt', ms: 180, fromMs: 120 }, { stage: 'llm', ms: 420, fromMs: 300 }, { stage: 'tts', ms: 150, fromMs: 720 }], reportedMs: 870, heardMs: 1000, unaccountedMs: null },
    },
    {
      name: 'the caller waited 600 ms more than reported',
      latency: { sttMs: 100, llmMs: 200 }, heard: 0.9,
      expected: { stages: [{ stage: 'stt', ms: 100, fromMs: 0 }, { stage: 'llm', ms: 200, fromMs: 100 }], reportedMs: 300, heardMs: 900, unaccountedMs: 600 },
    },
    {
      name: 'the pipeline reports more than was heard',
      latency: { transportMs: 200, llmMs: 900, toolMs: 400 }, heard: 0.8,
      expected: { stages: [{ stage: 'transport', ms: 200, fromMs: 0 }, { stage: 'llm', ms: 900, fromMs: 200 }, { stage: 'tool', ms: 400, fromMs: 1100 }], reportedMs: 1500, heardMs: 800, unaccountedMs: -700 },
    },
    { name: 'exactly 300 ms apart is agreement', latency: { llmMs: 500 }, heard: 0.8, expected: { stages: [{ stage: 'llm', ms: 500, fromMs: 0 }], reportedMs: 500, heardMs: 800, unaccountedMs: null } },
    { name: 'no audio measure', latency: { llmMs: 500 }, heard: null, expected: { stages: [{ stage: 'llm', ms: 500, fromMs: 0 }], reportedMs: 500, heardMs: null, unaccountedMs: null } },
  ])('$name', ({ latency, heard, expected }) => {
    expect(waterfallOf(latency, heard)).toEqual(expected);
  });
});

const turn = (speaker: 'caller' | 'assistant', startSeconds: number, latency?: TranscriptTurn['latency']): TranscriptTurn => ({ speaker, text: '…', startSeconds, ...(latency ? { latency } : {}) });

describe('pipelineSummary', () => {
  it('medians and 90th percentiles per stage over the answers that report it; the unaccounted median over those measured both ways', () => {
    const turns = [
      turn('assistant', 0),
      turn('caller', 2),
      turn('assistant', 4, { sttMs: 100, llmMs: 300 }),
      turn('caller', 6),
      turn('assistant', 8, { sttMs: 200, llmMs: 500, ttsMs: 100 }),
      turn('caller', 10),
      turn('assistant', 12, { sttMs: 300, llmMs: 400 }),
    ];
    const heard: Record<number, number> = { 2: 0.5, 4: 1.5 };
    expect(pipelineSummary(turns, (i) => heard[i] ?? null)).toEqual({
      count: 3,
      stages: [
        { stage: 'stt', count: 3, p50Ms: 200, p90Ms: 280 },
        { stage: 'llm', count: 3, p50Ms: 400, p90Ms: 480 },
        { stage: 'tts', count: 1, p50Ms: 100, p90Ms: 100 },
      ],
      // 500 − 400 = 100 and 1500 − 800 = 700: the median of the two.
      unaccountedMedianMs: 400,
    });
  });

  it('none reported: null', () => {
    expect(pipelineSummary([turn('caller', 0), turn('assistant', 1)])).toBeNull();
  });
});

describe('platform mappers, on the platforms\' documented shapes', () => {
  it('Vapi: artifact.performanceMetrics.turnLatencies (ms)', () => {
    const performanceMetrics = {
      turnLatencies: [
        { modelLatency: 412, voiceLatency: 183, transcriberLatency: 96, endpointingLatency: 210, turnLatency: 901 },
        { modelLatency: 655, voiceLatency: 201, transcriberLatency: 88, endpointingLatency: 190, turnLatency: 1134 },
      ],
      modelLatencyAverage: 533.5, voiceLatencyAverage: 192, transcriberLatencyAverage: 92, endpointingLatencyAverage: 200, turnLatencyAverage: 1017.5,
    };
    expect(vapiTurnLatencies(performanceMetrics)).toEqual([
      { endpointingMs: 210, sttMs: 96, llmMs: 412, ttsMs: 183 },
      { endpointingMs: 190, sttMs: 88, llmMs: 655, ttsMs: 201 },
    ]);
    // Vapi's own total is the sum of its stages: nothing is lost in the mapping.
    expect(waterfallOf(vapiTurnLatencies(performanceMetrics)[0])!.reportedMs).toBe(901);
    expect(vapiTurnLatencies(undefined)).toEqual([]);
    expect(vapiTurnLatencies({ turnLatencies: [{ modelLatency: 'n/a', voiceLatency: -1 }, null] })).toEqual([{}, {}]);
  });

  it('Retell: call.latency, each part with p50/p90… and the call\'s values (ms)', () => {
    const stats = (values: number[]) => ({ p50: values[1], p90: values[2], p95: values[2], p99: values[2], max: Math.max(...values), min: Math.min(...values), num: values.length, values });
    const latency = {
      e2e: stats([800, 950, 1400]),
      asr: stats([120, 140, 160]),
      llm: stats([420, 500, 910]),
      tts: stats([180, 200, 210]),
      llm_websocket_network_rtt: stats([40, 45, 60]),
    };
    expect(retellTurnLatencies(latency)).toEqual([
      { sttMs: 120, llmMs: 420, ttsMs: 180 },
      { sttMs: 140, llmMs: 500, ttsMs: 200 },
      { sttMs: 160, llmMs: 910, ttsMs: 210 },
    ]);
    expect(retellTurnLatencies({ llm: { p50: 400 } })).toEqual([]);
    expect(retellTurnLatencies(null)).toEqual([]);
  });

  it('Deepgram: a LatencyReport message (seconds)', () => {
    expect(deepgramTurnLatency({ type: 'LatencyReport', stt_latency: 0.12, ttt_token_latency: 0.34, ttt_text_latency: 0.36, ttt_tool_latency: 0.41, ttt_thinking_latency: 0.29, tts_latency: 0.18, total_latency: 0.66 }))
      .toEqual({ sttMs: 120, llmMs: 360, ttsMs: 180 });
    expect(deepgramTurnLatency({ type: 'LatencyReport', stt_latency: 0.1, ttt_token_latency: 0.25 })).toEqual({ sttMs: 100, llmMs: 250 });
  });

  it('attachTurnLatencies: the n-th answer (an assistant turn after a caller turn) gets the n-th entry', () => {
    const turns = [turn('assistant', 0), turn('caller', 2), turn('assistant', 4), turn('assistant', 5), turn('caller', 6), turn('assistant', 8)];
    const out = attachTurnLatencies(turns, [{ llmMs: 1 }, { llmMs: 2 }, { llmMs: 3 }]);
    expect(out.map((t) => t.latency?.llmMs)).toEqual([undefined, undefined, 1, undefined, undefined, 2]);
    expect(turns[2]!.latency).toBeUndefined();
  });
});

describe('the wire', () => {
  it('reads latency per turn (snake or camel case); a bad stage is dropped and said, the turn kept', async () => {
    const body = {
      id: 'c1', assistant_id: 'a', direction: 'inbound', status: 'completed', started_at: '2026-11-20T10:00:00Z', recording: 'none',
      transcript: [
        { speaker: 'caller', text: 'Hi', start_seconds: 0 },
        { speaker: 'assistant', text: 'Hello', start_seconds: 2, latency: { endpointing_ms: 120, stt_ms: 180, llm_ms: 420, tts_ms: 150, tool_ms: 0, transport_ms: 60 } },
        { speaker: 'assistant', text: 'More', start_seconds: 4, latency: { llmMs: 300, sttMs: 'fast' } },
      ],
    };
    const adapter = createHttpAdapter({ baseUrl: 'https://api.test', accountSlug: 'acme', getToken: () => 't', fetch: async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }) });
    const call = await adapter.getCall('c1');
    expect(call.transcript![1]!.latency).toEqual({ transportMs: 60, endpointingMs: 120, sttMs: 180, llmMs: 420, toolMs: 0, ttsMs: 150 });
    expect(call.transcript![2]!.latency).toEqual({ llmMs: 300 });
    expect((call as { problems?: Error[] }).problems?.map((p) => p.message).join()).toContain('transcript[2].latency.sttMs');
  });
});

// Pipeline latency as voice platforms publish it, read into ours (milliseconds per stage, per answer).
// Each reader takes the platform's own shape and is tolerant: what is missing or not a number is left out.
import type { PipelineLatency, TranscriptTurn } from '../types.js';

const msOf = (value: unknown, scale = 1): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value * scale * 1000) / 1000 : undefined;

function compactLatency(value: PipelineLatency): PipelineLatency | null {
  const out = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as PipelineLatency;
  return Object.keys(out).length ? out : null;
}

/** Vapi: `call.artifact.performanceMetrics` (its `turnLatencies`, in ms) → one entry per answer. */
export function vapiTurnLatencies(performanceMetrics: unknown): PipelineLatency[] {
  const turns = (performanceMetrics as { turnLatencies?: unknown } | null | undefined)?.turnLatencies;
  if (!Array.isArray(turns)) return [];
  return turns.map((turn: Record<string, unknown> | null) => compactLatency({
    endpointingMs: msOf(turn?.endpointingLatency),
    sttMs: msOf(turn?.transcriberLatency),
    llmMs: msOf(turn?.modelLatency),
    ttsMs: msOf(turn?.voiceLatency),
  }) ?? {});
}

/**
 * Retell: `call.latency` (`asr`, `llm`, `tts`…, each with p50/p90 and the call's `values` in ms, one per
 * answer) → one entry per answer. The custom-LLM websocket round trip is part of Retell's `llm` figure,
 * so it is not added again.
 */
export function retellTurnLatencies(latency: unknown): PipelineLatency[] {
  const json = (latency ?? {}) as Record<string, { values?: unknown } | undefined>;
  const values = (name: string) => (Array.isArray(json[name]?.values) ? (json[name]!.values as unknown[]) : []);
  const stt = values('asr');
  const llm = values('llm');
  const tts = values('tts');
  const count = Math.max(stt.length, llm.length, tts.length);
  return Array.from({ length: count }, (_, i) => compactLatency({ sttMs: msOf(stt[i]), llmMs: msOf(llm[i]), ttsMs: msOf(tts[i]) }) ?? {});
}

/** Deepgram's Voice Agent `LatencyReport` message (seconds) → one answer's latency. */
export function deepgramTurnLatency(report: unknown): PipelineLatency {
  const json = (report ?? {}) as Record<string, unknown>;
  return compactLatency({
    sttMs: msOf(json.stt_latency, 1000),
    llmMs: msOf(json.ttt_text_latency ?? json.ttt_token_latency, 1000),
    ttsMs: msOf(json.tts_latency, 1000),
  }) ?? {};
}

/**
 * The turns with each answer's latency on it: the n-th assistant turn that follows a caller turn (in
 * time order) gets `latencies[n]`. Platforms that count the greeting as a turn: drop their first entry.
 */
export function attachTurnLatencies(turns: readonly TranscriptTurn[], latencies: readonly PipelineLatency[]): TranscriptTurn[] {
  const order = turns.map((turn, index) => ({ turn, index })).sort((a, b) => a.turn.startSeconds - b.turn.startSeconds);
  const out = [...turns];
  let answer = 0;
  order.forEach(({ turn, index }, k) => {
    if (turn.speaker !== 'assistant' || order[k - 1]?.turn.speaker !== 'caller') return;
    const latency = latencies[answer++];
    if (latency && Object.keys(latency).length) out[index] = { ...turn, latency };
  });
  return out;
}

// A turn's pipeline latency from the wire: `latency: { endpointing_ms, stt_ms, llm_ms, tts_ms, tool_ms,
// transport_ms }` (camelCase read too). A stage that is not a number of milliseconds is dropped and said.
import type { PipelineLatency } from '../types.js';
import type { AdapterError } from './errors.js';
import { compact, invalid, lenient, object } from './read.js';

export const LATENCY_WIRE: Record<keyof PipelineLatency, readonly string[]> = {
  transportMs: ['transport_ms', 'transportMs'],
  endpointingMs: ['endpointing_ms', 'endpointingMs'],
  sttMs: ['stt_ms', 'sttMs'],
  llmMs: ['llm_ms', 'llmMs'],
  toolMs: ['tool_ms', 'toolMs'],
  ttsMs: ['tts_ms', 'ttsMs'],
};

function milliseconds(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(path, 'a number of milliseconds (0 or more)', value);
  return value;
}

export function latencyFromWire(value: unknown, path: string, problems: AdapterError[]): PipelineLatency | undefined {
  if (value === undefined || value === null) return undefined;
  const json = lenient(problems, () => object(value, path));
  if (!json) return undefined;
  const read: PipelineLatency = {};
  for (const [key, names] of Object.entries(LATENCY_WIRE) as [keyof PipelineLatency, readonly string[]][]) {
    const name = names.find((n) => json[n] !== undefined) ?? names[0]!;
    const ms = lenient(problems, () => milliseconds(json[name], `${path}.${name}`));
    if (ms !== undefined) read[key] = ms;
  }
  const out = compact(read);
  return Object.keys(out).length ? out : undefined;
}

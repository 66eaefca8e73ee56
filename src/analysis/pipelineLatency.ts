// What the voice pipeline reported beside what the audio says: each answer's stages in the order they
// run, and where the caller waited noticeably longer (or shorter) than the stages add up to, that
// difference — network, telephony, buffering — as unaccounted time. Pure, with table tests.
import type { PipelineLatency, TranscriptTurn } from '../types.js';
import { quantile } from './quantile.js';

export const PIPELINE_STAGES = ['transport', 'endpointing', 'stt', 'llm', 'tool', 'tts'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

const FIELD: Record<PipelineStage, keyof PipelineLatency> = {
  transport: 'transportMs', endpointing: 'endpointingMs', stt: 'sttMs', llm: 'llmMs', tool: 'toolMs', tts: 'ttsMs',
};

/** Audio and pipeline closer than this agree: measuring the audio's edges is not finer. */
export const UNACCOUNTED_THRESHOLD_MS = 300;

export interface Waterfall {
  /** The reported stages, in pipeline order, each from where the one before ended. */
  stages: { stage: PipelineStage; ms: number; fromMs: number }[];
  /** The stages' sum. */
  reportedMs: number;
  /** What the caller waited, measured from the audio; null when not measured. */
  heardMs: number | null;
  /** heardMs − reportedMs where they differ by more than the threshold, else null (negative: the pipeline reports more than was heard). */
  unaccountedMs: number | null;
}

export function waterfallOf(latency: PipelineLatency | undefined, heardSeconds: number | null = null): Waterfall | null {
  if (!latency) return null;
  let at = 0;
  const stages: Waterfall['stages'] = [];
  for (const stage of PIPELINE_STAGES) {
    const ms = latency[FIELD[stage]];
    if (ms === undefined) continue;
    stages.push({ stage, ms, fromMs: at });
    at += ms;
  }
  if (!stages.length) return null;
  const heardMs = heardSeconds === null ? null : Math.round(heardSeconds * 1000);
  const difference = heardMs === null ? 0 : heardMs - at;
  return { stages, reportedMs: at, heardMs, unaccountedMs: Math.abs(difference) > UNACCOUNTED_THRESHOLD_MS ? difference : null };
}

export interface PipelineSummary {
  /** Answers with any stage reported. */
  count: number;
  /** Per reported stage: its median and 90th percentile over the answers that report it. */
  stages: { stage: PipelineStage; count: number; p50Ms: number; p90Ms: number }[];
  /** The median of heard − reported over the answers measured both ways; null when none are. */
  unaccountedMedianMs: number | null;
}

const round = (value: number | null) => (value === null ? 0 : Math.round(value));

/** A call's figures; `heardSeconds(turnIndex)` gives the audio's measure of an answer, when there is one. */
export function pipelineSummary(turns: readonly TranscriptTurn[], heardSeconds: (turnIndex: number) => number | null = () => null): PipelineSummary | null {
  const perStage = new Map<PipelineStage, number[]>();
  const unaccounted: number[] = [];
  let count = 0;
  turns.forEach((turn, index) => {
    const waterfall = waterfallOf(turn.latency, heardSeconds(index));
    if (!waterfall) return;
    count++;
    for (const { stage, ms } of waterfall.stages) perStage.set(stage, [...(perStage.get(stage) ?? []), ms]);
    if (waterfall.heardMs !== null) unaccounted.push(waterfall.heardMs - waterfall.reportedMs);
  });
  if (!count) return null;
  const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    count,
    stages: PIPELINE_STAGES.flatMap((stage) => {
      const values = perStage.get(stage);
      if (!values) return [];
      const sorted = ascending(values);
      return [{ stage, count: values.length, p50Ms: round(quantile(sorted, 0.5)), p90Ms: round(quantile(sorted, 0.9)) }];
    }),
    unaccountedMedianMs: unaccounted.length ? round(quantile(ascending(unaccounted), 0.5)) : null,
  };
}

// What a reviewer of a voice-AI call looks for, measured from the two channels of the recording:
// how long the assistant took to answer, who talked over whom, who talked how much, where nobody did.
// Pure: the same peaks give the same figures in the player, a worker or a host's fleet report.
import { readPeaks } from '../adapter/peaks.js';
import { quantile } from './quantile.js';
import type { RecordingSource, TranscriptTurn } from '../types.js';
import { channelLevels, gaps, intersection, SPEECH_THRESHOLDS, speechRangesOf, totalSeconds, union, type SpeechThresholds, type TimeRange } from './speech.js';

export type { TimeRange };
export type Side = 'caller' | 'assistant';

export interface AnalysisThresholds extends SpeechThresholds {
  /** Answers slower than this are marked slow (s). */
  slowResponseSeconds: number;
  /** A transcript turn is matched to speech that starts within this of its timestamp (s). */
  turnMatchSeconds: number;
  /** Talking over the other side for less than this is not an interruption (s). */
  minInterruptionSeconds: number;
  /** Both talking for at least this is marked on the lanes (s). */
  minOverlapSeconds: number;
  /** Nobody talking for longer than this is a silence (marked, and skipped when asked) (s). */
  minSilenceSeconds: number;
  /** A replay of a moment starts this long before it (s). */
  replayLeadSeconds: number;
}

export const ANALYSIS_THRESHOLDS: AnalysisThresholds = {
  ...SPEECH_THRESHOLDS,
  slowResponseSeconds: 1.2,
  turnMatchSeconds: 1.5,
  minInterruptionSeconds: 0.2,
  minOverlapSeconds: 0.4,
  minSilenceSeconds: 2,
  replayLeadSeconds: 2,
};

export interface ResponseTime {
  /** The assistant's transcript turn this answer starts, when a transcript was given and matched. */
  turnIndex: number | null;
  /** Where the caller's speech ended and the assistant's began (s). */
  callerEnd: number;
  assistantStart: number;
  seconds: number;
  slow: boolean;
}

export interface Interruption {
  /** Who started talking over the other. */
  by: Side;
  at: number;
  /** How long the one interrupted kept talking after it started (for a barge-in: the assistant). */
  talkedOnSeconds: number;
  /** Where a replay of it starts. */
  replayFrom: number;
}

export interface Monologue extends TimeRange {
  seconds: number;
}

export interface ConversationAnalysis {
  durationSeconds: number;
  /** 1: a mono file, where the sides cannot be told apart (no responses, interruptions or shares). */
  channels: 1 | 2;
  speech: Record<Side, TimeRange[]>;
  responses: ResponseTime[];
  responseSummary: { count: number; medianSeconds: number | null; p90Seconds: number | null; slowCount: number };
  interruptions: Interruption[];
  interruptionCounts: Record<Side, number>;
  /** Shares of the call's duration; caller and assistant each include the time both talk (`overlap`). */
  talkShare: { caller: number; assistant: number; overlap: number; silence: number };
  longestMonologue: Record<Side, Monologue | null>;
  overlaps: TimeRange[];
  silences: TimeRange[];
  thresholds: AnalysisThresholds;
}

export interface AnalyzeOptions {
  durationSeconds: number;
  transcript?: readonly TranscriptTurn[];
  /** Which channel is the caller's in `peaks` (default 0). */
  callerChannel?: 0 | 1;
  /** @deprecated Use `thresholds.slowResponseSeconds`. Answers slower than this many ms are slow. */
  slowResponseMs?: number;
  thresholds?: Partial<AnalysisThresholds>;
}

export type AnalysisPeaks = RecordingSource['peaks'] | readonly ArrayLike<number>[];

const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

function quantileSeconds(sorted: readonly number[], q: number): number | null {
  const value = quantile(sorted, q);
  return value === null ? null : ms(value);
}

/** Index of the last range starting before `time`, or -1. */
function lastStartingBefore(ranges: readonly TimeRange[], time: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start < time) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function responseAt(caller: readonly TimeRange[], assistant: readonly TimeRange[], a: number, t: AnalysisThresholds, turnIndex: number | null): ResponseTime | null {
  const start = assistant[a]!.start;
  const c = caller[lastStartingBefore(caller, start)];
  if (!c || c.end > start) return null; // nobody spoke first, or the assistant talked over the caller
  const previousEnd = a > 0 ? assistant[a - 1]!.end : -Infinity;
  if (c.end <= previousEnd) return null; // the assistant goes on after its own pause
  const seconds = ms(start - c.end);
  return { turnIndex, callerEnd: ms(c.end), assistantStart: ms(start), seconds, slow: seconds > t.slowResponseSeconds };
}

/** Without a transcript, every assistant start that follows the caller's speech is an answer. */
function responsesFromAudio(caller: readonly TimeRange[], assistant: readonly TimeRange[], t: AnalysisThresholds): ResponseTime[] {
  return assistant.flatMap((_, a) => responseAt(caller, assistant, a, t, null) ?? []);
}

/**
 * With a transcript, the assistant turns that follow a caller turn say which starts are answers (a
 * caller's "mm-hm" in the assistant's pause is not a question); the edges still come from the audio.
 */
function responsesFromTurns(turns: readonly TranscriptTurn[], caller: readonly TimeRange[], assistant: readonly TimeRange[], t: AnalysisThresholds): ResponseTime[] {
  const order = turns.map((turn, index) => ({ turn, index })).sort((x, y) => x.turn.startSeconds - y.turn.startSeconds);
  const used = new Set<number>();
  const out: ResponseTime[] = [];
  order.forEach(({ turn, index }, k) => {
    if (turn.speaker !== 'assistant' || order[k - 1]?.turn.speaker !== 'caller') return;
    let best = -1;
    for (let a = 0; a < assistant.length; a++) {
      const distance = Math.abs(assistant[a]!.start - turn.startSeconds);
      if (distance <= t.turnMatchSeconds && !used.has(a) && (best < 0 || distance < Math.abs(assistant[best]!.start - turn.startSeconds))) best = a;
    }
    if (best < 0) return;
    used.add(best);
    const response = responseAt(caller, assistant, best, t, index);
    if (response) out.push(response);
  });
  return out;
}

/** The other side's pauses shorter than this do not end its talking on after an interruption (s). */
const TALKING_ON_BRIDGE = 0.7;

/**
 * A side's speech that starts while the other side talks (for at least the minimum on both) is an
 * interruption; one per stretch of the other side's speech, so "no — wait" is one barge-in, not two.
 */
function interruptionsBy(by: Side, starts: readonly TimeRange[], other: readonly TimeRange[], t: AnalysisThresholds): Interruption[] {
  const out: Interruption[] = [];
  let lastInterrupted = -1;
  for (const s of starts) {
    const index = lastStartingBefore(other, s.start);
    const o = other[index];
    if (!o || index === lastInterrupted || o.end - s.start < t.minInterruptionSeconds || s.end - s.start < t.minInterruptionSeconds) continue;
    lastInterrupted = index;
    let talkedOnUntil = o.end;
    for (let k = index + 1; k < other.length && other[k]!.start - talkedOnUntil < TALKING_ON_BRIDGE; k++) {
      talkedOnUntil = other[k]!.end;
      lastInterrupted = k;
    }
    out.push({ by, at: ms(s.start), talkedOnSeconds: ms(talkedOnUntil - s.start), replayFrom: ms(Math.max(0, s.start - t.replayLeadSeconds)) });
  }
  return out;
}

/** One side's longest stretch with the other side quiet and no silence longer than a skip. */
function longestMonologue(own: readonly TimeRange[], other: readonly TimeRange[], t: AnalysisThresholds): Monologue | null {
  let best: Monologue | null = null;
  let current: TimeRange | null = null;
  const close = () => {
    if (current && (!best || current.end - current.start > best.seconds)) best = { start: ms(current.start), end: ms(current.end), seconds: ms(current.end - current.start) };
  };
  for (const r of own) {
    const otherSpoke = current && other.some((o) => o.end > current!.end && o.start < r.start);
    if (current && !otherSpoke && r.start - current.end <= t.minSilenceSeconds) current.end = r.end;
    else {
      close();
      current = { start: r.start, end: r.end };
    }
  }
  close();
  return best;
}

const rounded = (ranges: readonly TimeRange[]) => ranges.map((r) => ({ start: ms(r.start), end: ms(r.end) }));
const longEnough = (ranges: readonly TimeRange[], min: number) => rounded(ranges.filter((r) => r.end - r.start >= min));

/**
 * Response times, interruptions, talk share and silences of a two-channel call, from its peaks
 * (the forms `RecordingSource.peaks` takes: channels of [max, min] pairs in [-1, 1], or audiowaveform
 * JSON). Throws a RangeError for peaks it cannot read or a duration that is not a positive number.
 */
export function analyzeConversation(peaks: AnalysisPeaks, options: AnalyzeOptions): ConversationAnalysis {
  const duration = options.durationSeconds;
  if (!(typeof duration === 'number' && Number.isFinite(duration) && duration > 0)) {
    throw new RangeError(`durationSeconds must be a number above 0, got ${String(duration)}`);
  }
  let channels: Float32Array[];
  try {
    channels = readPeaks(peaks);
  } catch (error) {
    throw new RangeError(`analyzeConversation expects ${(error as Error).message}`);
  }
  const t: AnalysisThresholds = {
    ...ANALYSIS_THRESHOLDS,
    ...options.thresholds,
    ...(options.slowResponseMs === undefined ? {} : { slowResponseSeconds: options.slowResponseMs / 1000 }),
  };
  const mono = channels.length === 1;
  const callerIndex = mono ? 0 : options.callerChannel ?? 0;
  const sliceSeconds = duration / Math.max(1, Math.floor(channels[0]!.length / 2));
  const callerLevels = channelLevels(channels[callerIndex]!, t);
  const assistantLevels = mono ? null : channelLevels(channels[1 - callerIndex]!, t);
  const caller = speechRangesOf(callerLevels, assistantLevels, sliceSeconds, t);
  const assistant = assistantLevels ? speechRangesOf(assistantLevels, callerLevels, sliceSeconds, t) : [];
  const anyone = union(caller, assistant);
  const both = intersection(caller, assistant);
  const silences = longEnough(gaps(anyone, duration), t.minSilenceSeconds + 1e-9);
  const base = {
    durationSeconds: duration,
    speech: { caller: rounded(caller), assistant: rounded(assistant) },
    silences,
    thresholds: t,
  };
  if (mono) {
    return {
      ...base, channels: 1, responses: [], responseSummary: { count: 0, medianSeconds: null, p90Seconds: null, slowCount: 0 },
      interruptions: [], interruptionCounts: { caller: 0, assistant: 0 },
      talkShare: { caller: 0, assistant: 0, overlap: 0, silence: ms(1 - totalSeconds(anyone) / duration) },
      longestMonologue: { caller: null, assistant: null }, overlaps: [],
    };
  }
  const turns = options.transcript?.filter((turn) => Number.isFinite(turn.startSeconds)) ?? [];
  const responses = turns.some((turn) => turn.speaker === 'assistant') ? responsesFromTurns(turns, caller, assistant, t) : responsesFromAudio(caller, assistant, t);
  const sorted = responses.map((r) => r.seconds).sort((a, b) => a - b);
  const interruptions = [...interruptionsBy('caller', caller, assistant, t), ...interruptionsBy('assistant', assistant, caller, t)].sort((a, b) => a.at - b.at);
  const share = (seconds: number) => ms(seconds / duration);
  return {
    ...base,
    channels: 2,
    responses,
    responseSummary: { count: responses.length, medianSeconds: quantileSeconds(sorted, 0.5), p90Seconds: quantileSeconds(sorted, 0.9), slowCount: responses.filter((r) => r.slow).length },
    interruptions,
    interruptionCounts: { caller: interruptions.filter((i) => i.by === 'caller').length, assistant: interruptions.filter((i) => i.by === 'assistant').length },
    talkShare: { caller: share(totalSeconds(caller)), assistant: share(totalSeconds(assistant)), overlap: share(totalSeconds(both)), silence: share(duration - totalSeconds(anyone)) },
    longestMonologue: { caller: longestMonologue(caller, assistant, t), assistant: longestMonologue(assistant, caller, t) },
    overlaps: longEnough(both, t.minOverlapSeconds),
  };
}

// @vitest-environment node
// The conversation analysis at its edges, on synthetic peaks whose every edge is known (100 slices a
// second, 0.5 where a side talks): which start is an answer, which barge-in counts, the longest
// monologue, what is too short or too quiet, and when the analysis leaves the page's main thread.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyzeConversation';
import { intersection, speechFloor, speechRanges, speechRangesOf, channelLevels } from '../../src/analysis/speech';
import { quantile } from '../../src/analysis/quantile';
import type { TranscriptTurn } from '../../src/types';

const side = (seconds: number, ranges: [number, number][], level = 0.5) => {
  const peaks = new Float32Array(Math.round(seconds * 100) * 2);
  for (const [from, to] of ranges) for (let i = Math.round(from * 100); i < Math.round(to * 100); i++) { peaks[i * 2] = level; peaks[i * 2 + 1] = -level; }
  return peaks;
};
const call = (seconds: number, caller: [number, number][], assistant: [number, number][]) => [side(seconds, caller), side(seconds, assistant)];
const turn = (speaker: 'caller' | 'assistant', startSeconds: number): TranscriptTurn => ({ speaker, text: speaker, startSeconds });

describe('which start is an answer', () => {
  it('an answer that starts the moment the caller stops takes 0 s', () => {
    const { responses } = analyzeConversation(call(10, [[1, 3]], [[3, 5]]), { durationSeconds: 10 });
    expect(responses).toEqual([{ turnIndex: null, callerEnd: 3, assistantStart: 3, seconds: 0, slow: false }]);
  });

  it('measures from the caller speech before the answer, not a sound the caller makes as the assistant starts', () => {
    const { responses } = analyzeConversation(call(10, [[1, 2], [3, 3.5]], [[3, 6]]), { durationSeconds: 10 });
    expect(responses).toEqual([{ turnIndex: null, callerEnd: 2, assistantStart: 3, seconds: 1, slow: false }]);
  });

  it('takes its answers from the transcript in time order, each matched to the nearest start the audio has', () => {
    const transcript = [turn('assistant', 6.4), turn('caller', 4), turn('assistant', 2.2), turn('caller', 0.8), turn('assistant', 0)];
    const { responses } = analyzeConversation(call(10, [[1, 2], [4, 5]], [[0, 0.5], [2.5, 3.5], [6, 8]]), { durationSeconds: 10, transcript });
    expect(responses).toEqual([
      { turnIndex: 2, callerEnd: 2, assistantStart: 2.5, seconds: 0.5, slow: false },
      { turnIndex: 0, callerEnd: 5, assistantStart: 6, seconds: 1, slow: false },
    ]);
  });

  it('does not take an assistant turn after an assistant turn, or one with no start in the audio near it, as an answer', () => {
    const transcript = [turn('caller', 1), turn('assistant', 2.5), turn('assistant', 6), turn('caller', 7), turn('assistant', 9.9)];
    const { responses } = analyzeConversation(call(12, [[1, 2], [7, 7.5]], [[2.5, 3.5], [6, 6.5]]), { durationSeconds: 12, transcript });
    expect(responses.map((r) => r.turnIndex)).toEqual([1]);
  });

  it('matches a turn to a start exactly the match window away, and never two turns to one start', () => {
    const matched = analyzeConversation(call(10, [[1, 2]], [[3, 4]]), { durationSeconds: 10, transcript: [turn('caller', 1), turn('assistant', 1.5)] });
    expect(matched.responses.map((r) => r.assistantStart)).toEqual([3]);
    const twice = analyzeConversation(call(10, [[1, 2], [4.3, 4.4]], [[3, 4]]), {
      durationSeconds: 10, thresholds: { minSpeechSeconds: 0.05 }, transcript: [turn('caller', 1), turn('assistant', 3), turn('caller', 3.6), turn('assistant', 3.8)],
    });
    expect(twice.responses.map((r) => r.turnIndex)).toEqual([1]);
  });

  it('reads the answers from the audio when the transcript has no assistant turn, and skips turns without a start', () => {
    const transcript = [turn('caller', 1), { ...turn('caller', 4), startSeconds: Number.NaN }];
    const { responses } = analyzeConversation(call(10, [[1, 2]], [[3, 4]]), { durationSeconds: 10, transcript });
    expect(responses).toEqual([{ turnIndex: null, callerEnd: 2, assistantStart: 3, seconds: 1, slow: false }]);
  });

  it('has no median or 90th percentile without answers', () => {
    const { responseSummary } = analyzeConversation(call(10, [[1, 2]], []), { durationSeconds: 10 });
    expect(responseSummary).toEqual({ count: 0, medianSeconds: null, p90Seconds: null, slowCount: 0 });
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('barge-ins', () => {
  it('counts a barge-in into the second stretch of the other side as the first interruption', () => {
    const { interruptions } = analyzeConversation(call(12, [[7, 8]], [[1, 3], [6, 9]]), { durationSeconds: 12 });
    expect(interruptions).toEqual([{ by: 'caller', at: 7, talkedOnSeconds: 2, replayFrom: 5 }]);
  });
});

describe('the longest monologue', () => {
  it('is the longest stretch with the other side quiet; of two as long, the first', () => {
    const longer = analyzeConversation(call(30, [[1, 4], [20, 22]], []), { durationSeconds: 30 });
    expect(longer.longestMonologue.caller).toEqual({ start: 1, end: 4, seconds: 3 });
    const tie = analyzeConversation(call(30, [[1, 3], [20, 22]], []), { durationSeconds: 30 });
    expect(tie.longestMonologue.caller).toEqual({ start: 1, end: 3, seconds: 2 });
  });

  it('runs on across its own pauses up to a silence, and ends where the other side speaks', () => {
    const pauses = analyzeConversation(call(30, [[1, 3], [4.5, 6], [10, 11]], []), { durationSeconds: 30 });
    expect(pauses.longestMonologue.caller).toEqual({ start: 1, end: 6, seconds: 5 });
    const answered = analyzeConversation(call(30, [[1, 3], [4.5, 6]], [[3.5, 4]]), { durationSeconds: 30 });
    expect(answered.longestMonologue.caller).toEqual({ start: 1, end: 3, seconds: 2 });
    expect(answered.longestMonologue.assistant).toEqual({ start: 3.5, end: 4, seconds: 0.5 });
  });
});

describe('silences and the duration', () => {
  it('a silence is longer than the minimum, not as long', () => {
    const { silences } = analyzeConversation(call(10, [[0, 1], [3, 4]], [[6.5, 10]]), { durationSeconds: 10 });
    expect(silences).toEqual([{ start: 4, end: 6.5 }]);
  });

  it.each([[0], [-1], [Number.NaN], [Infinity], ['90'], [undefined]])('refuses a duration of %s, saying what it got', (duration) => {
    expect(() => analyzeConversation(call(1, [], []), { durationSeconds: duration as number })).toThrow(new RangeError(`durationSeconds must be a number above 0, got ${String(duration)}`));
  });
});

describe('where a side speaks', () => {
  it('bridges a pause of exactly the bridge, not one a slice longer', () => {
    expect(speechRanges(side(3, [[0.5, 1], [1.3, 2]]), 0.01)).toEqual([{ start: 0.5, end: 2 }]);
    expect(speechRanges(side(3, [[0.5, 1], [1.31, 2]]), 0.01)).toEqual([{ start: 0.5, end: 1 }, { start: 1.31, end: 2 }]);
  });

  it('keeps a sound of exactly the minimum length, and with no minimum a single slice', () => {
    const twoSlices = side(1, [[0.25, 0.27]]);
    expect(speechRanges(twoSlices, 0.25, { floorPosition: 0.1, bridgeSeconds: 0, minSpeechSeconds: 0.5, bleedRatio: 0.35 })).toEqual([{ start: 0.25 * 25, end: 0.25 * 27 }]);
    expect(speechRanges(side(1, [[0.5, 0.51]]), 0.01, { floorPosition: 0.1, bridgeSeconds: 0, minSpeechSeconds: 0, bleedRatio: 0.35 }))
      .toEqual([{ start: 0.5, end: 0.51 }]);
  });

  it('speaks to the very end of the call, not past it', () => {
    expect(speechRanges(side(2, [[1, 2]]), 0.01)).toEqual([{ start: 1, end: 2 }]);
  });

  it('finds nothing with no peaks or no length of slice', () => {
    expect(speechRanges(side(2, [[0, 1]]), 0)).toEqual([]);
    expect(speechRanges(side(2, [[0, 1]]), -0.01)).toEqual([]);
    expect(speechRanges(new Float32Array(0), 0.01)).toEqual([]);
  });

  it('sets the floor a tenth of the way from the noise to the speech, never under −46 dBFS', () => {
    const levels = Float32Array.from({ length: 101 }, (_, i) => i / 100);
    // Noise: the 10th percentile (0.1); speech: the 99th (0.99).
    expect(speechFloor(levels)).toBeCloseTo(0.1 + (0.99 - 0.1) * 0.1, 6);
    expect(speechFloor(new Float32Array(50))).toBe(0.005);
    expect(speechFloor(new Float32Array(0))).toBe(0.005);
  });

  it("counts one side's speech as its own beside a side that only clicks once", () => {
    const caller = channelLevels(side(2, [[0.2, 1.2]]));
    const clicks = channelLevels(side(2, [[0.2, 0.21]], 0.9));
    expect(clicks.speech).toBe(0);
    expect(speechRangesOf(caller, clicks, 0.01)).toEqual([{ start: 0.2, end: 1.2 }]);
  });

  it("does not count the other side's voice heard faintly on this channel, to the call's last slice", () => {
    const own = channelLevels(Float32Array.from([...side(2, [[0.2, 0.8]]).subarray(0, 200), ...side(2, [[1.5, 2]], 0.1).subarray(200)]));
    const other = channelLevels(side(2, [[1, 2]]));
    const thresholds = { floorPosition: 0.1, bridgeSeconds: 0, minSpeechSeconds: 0, bleedRatio: 0.35 };
    expect(speechRangesOf(own, other, 0.01, thresholds)).toEqual([{ start: 0.2, end: 0.8 }]);
  });

  it('has no overlap where two stretches only touch', () => {
    expect(intersection([{ start: 0, end: 1 }], [{ start: 1, end: 2 }])).toEqual([]);
    expect(intersection([{ start: 0, end: 2 }, { start: 3, end: 4 }], [{ start: 1, end: 2 }, { start: 2.5, end: 5 }])).toEqual([{ start: 1, end: 2 }, { start: 3, end: 4 }]);
  });
});

describe('on the main thread or in a worker', () => {
  afterEach(() => {
    vi.doUnmock('../../src/analysis/inWorker');
    vi.resetModules();
  });

  const withWorker = async (worker: (request: { channels: Float32Array[] }) => Promise<unknown>) => {
    const analyzeInWorker = vi.fn(worker);
    vi.doMock('../../src/analysis/inWorker', () => ({ analyzeInWorker }));
    const { analyzeCall } = await import('../../src/analysis/analyzeCall');
    return { analyzeCall, analyzeInWorker };
  };

  it('analyses up to ten minutes and 30,000 slices at once, and longer calls in a worker', async () => {
    const { analyzeCall, analyzeInWorker } = await withWorker(async () => 'from the worker');
    const short = call(10, [[1, 2]], [[3, 4]]);
    await expect(analyzeCall(short, { durationSeconds: 600 })).resolves.toMatchObject({ durationSeconds: 600 });
    const slices = [new Float32Array(60_000), new Float32Array(60_000)];
    await expect(analyzeCall(slices, { durationSeconds: 30 })).resolves.toMatchObject({ durationSeconds: 30 });
    expect(analyzeInWorker).not.toHaveBeenCalled();
    await expect(analyzeCall(short, { durationSeconds: 600.5 })).resolves.toBe('from the worker');
    const more = [new Float32Array(60_002), new Float32Array(60_002)];
    await expect(analyzeCall(more, { durationSeconds: 30 })).resolves.toBe('from the worker');
    expect(analyzeInWorker).toHaveBeenCalledTimes(2);
    expect(analyzeInWorker.mock.calls[1]![0].channels).toEqual(more);
  });

  it('analyses on the main thread where the page forbids the worker', async () => {
    const { analyzeCall } = await withWorker(async () => { throw new Error('Refused to create a worker (worker-src)'); });
    const peaks = call(700, [[1, 2]], [[3, 4]]);
    await expect(analyzeCall(peaks, { durationSeconds: 700 })).resolves.toEqual(analyzeConversation(peaks, { durationSeconds: 700 }));
  });

  it('passes on a stop and peaks the worker could not read, rather than analysing again', async () => {
    const stopped = await withWorker(async () => { throw new DOMException('The analysis was stopped', 'AbortError'); });
    await expect(stopped.analyzeCall(call(700, [], []), { durationSeconds: 700 })).rejects.toMatchObject({ name: 'AbortError' });
    vi.resetModules();
    const unreadable = await withWorker(async () => { throw new RangeError('analyzeConversation expects numbers'); });
    await expect(unreadable.analyzeCall(call(700, [], []), { durationSeconds: 700 })).rejects.toThrow(RangeError);
  });
});

// @vitest-environment node
// The analysis against calls of real synthetic speech whose every gap and overlap is known (espeak-ng
// voices laid out with sox, encoded with LAME, peaks by the server's own computePeaks at 50 a second).
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyzeConversation';
import { computePeaks } from '../../src/peaks/index';
import type { TranscriptTurn } from '../../src/types';
import { SpeechFixtures, type PlacedUtterance, type Utterance } from '../support/speechFixtures';

const fixtures = new SpeechFixtures();
afterAll(() => fixtures.dispose());

const TOLERANCE = 0.1;
const LINES = {
  caller: ['Hello, I would like to book a table for tonight.', 'Four people at eight.', 'Do you have anything by the window?', 'That sounds good.', 'Yes please.'],
  assistant: ['Of course. How many people will be joining you?', 'Let me check what we have at eight.', 'We have a window table at eight thirty.', 'Great, it is booked.', 'Is there anything else I can help with?'],
};

async function analyse(utterances: Utterance[], options: { transcript?: TranscriptTurn[]; slowResponseMs?: number } = {}, bleed = 0, callerNoise = 0) {
  const call = fixtures.call(utterances, 1, bleed, callerNoise);
  const peaks = await computePeaks(call.mp3, { pixelsPerSecond: 50 });
  return { call, analysis: analyzeConversation(peaks, { durationSeconds: call.duration, ...options }) };
}

/** Alternating caller / assistant lines, each `gaps[i]` after the previous one ends (negative: over it). */
function dialogue(gaps: number[], start = 0.5): Utterance[] {
  const out: Utterance[] = [{ side: 'caller', text: LINES.caller[0]!, at: start }];
  gaps.forEach((gap, i) => {
    const side = i % 2 === 0 ? 'assistant' : 'caller';
    out.push(fixtures.after(out[i]!, gap, side, LINES[side][Math.floor((i + 1) / 2) % 5]!));
  });
  return out;
}

const answers = (placed: PlacedUtterance[]) =>
  placed.flatMap((u, i) => (u.side === 'assistant' && placed[i - 1]?.side === 'caller' && u.at > placed[i - 1]!.end ? [u.at - placed[i - 1]!.end] : []));

describe('response times, measured from the audio', () => {
  it.each([
    { name: 'quick answers', gaps: [0.3, 0.5, 0.45, 0.6] },
    { name: 'a slow answer among quick ones', gaps: [0.7, 0.4, 1.6, 0.5] },
    { name: 'every answer slow', gaps: [2.5, 0.6, 1.4, 0.8, 3] },
  ])('$name: each within 100 ms of the truth', async ({ gaps }) => {
    const { call, analysis } = await analyse(dialogue(gaps));
    const truth = answers(call.utterances);
    expect(analysis.responses.map((r) => r.seconds)).toHaveLength(truth.length);
    analysis.responses.forEach((r, i) => {
      expect(Math.abs(r.seconds - truth[i]!)).toBeLessThan(TOLERANCE);
      expect(r.slow).toBe(r.seconds > 1.2);
    });
    const sorted = [...truth].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    expect(Math.abs(analysis.responseSummary.medianSeconds! - median)).toBeLessThan(TOLERANCE);
    expect(analysis.responseSummary.slowCount).toBe(truth.filter((s) => s > 1.2).length);
    expect(analysis.interruptions).toEqual([]);
  }, 30_000);

  it('marks as slow what is slower than slowResponseMs', async () => {
    const { analysis } = await analyse(dialogue([0.7, 0.4, 1.6]), { slowResponseMs: 600 });
    expect(analysis.responses.map((r) => r.slow)).toEqual([true, true]);
  });

  it('with a transcript, only assistant turns after a caller turn are answers, with edges from the audio', async () => {
    const c1 = { side: 'caller', text: LINES.caller[0]!, at: 0.5 } as const;
    const a1 = fixtures.after(c1, 0.8, 'assistant', 'Sure.');
    const a1b = fixtures.after(a1, 1.0, 'assistant', LINES.assistant[1]!);
    const back = fixtures.after(a1, 0.2, 'caller', 'Okay.'); // a backchannel in the assistant's pause
    const c2 = fixtures.after(a1b, 0.5, 'caller', LINES.caller[1]!);
    const a2 = fixtures.after(c2, 0.9, 'assistant', LINES.assistant[2]!);
    const utterances = [c1, a1, back, a1b, c2, a2];
    // Transcript timestamps as backends send them: hundreds of milliseconds off.
    const transcript: TranscriptTurn[] = [
      { speaker: 'caller', text: c1.text, startSeconds: c1.at + 0.2 },
      { speaker: 'assistant', text: `${a1.text} ${a1b.text}`, startSeconds: a1.at + 0.35 },
      { speaker: 'caller', text: c2.text, startSeconds: c2.at - 0.3 },
      { speaker: 'assistant', text: a2.text, startSeconds: a2.at + 0.4 },
    ];
    const withTurns = await analyse(utterances, { transcript });
    expect(withTurns.analysis.responses.map((r) => r.turnIndex)).toEqual([1, 3]);
    const placed = withTurns.call.utterances;
    expect(Math.abs(withTurns.analysis.responses[0]!.seconds - 0.8)).toBeLessThan(TOLERANCE);
    expect(Math.abs(withTurns.analysis.responses[1]!.seconds - 0.9)).toBeLessThan(TOLERANCE);
    expect(Math.abs(withTurns.analysis.responses[1]!.assistantStart - placed[5]!.at)).toBeLessThan(TOLERANCE);
    // From the audio alone, the assistant going on after "Okay." looks like an answer too.
    const audioOnly = await analyse(utterances);
    expect(audioOnly.analysis.responses).toHaveLength(3);
  }, 30_000);
});

describe('interruptions, with a direction', () => {
  it('a caller barging in: found at its time, with how long the assistant kept talking', async () => {
    const c1 = { side: 'caller', text: LINES.caller[0]!, at: 0.5 } as const;
    const a1 = fixtures.after(c1, 0.6, 'assistant', 'We have a window table at eight thirty, and another one by the bar at nine.');
    const barge = { side: 'caller', text: 'Wait, wait.', at: a1.at + 1.5 } as const;
    const { call, analysis } = await analyse([c1, a1, barge]);
    const assistantEnd = call.utterances[1]!.end;
    expect(analysis.interruptions).toHaveLength(1);
    const [found] = analysis.interruptions;
    expect(found!.by).toBe('caller');
    expect(Math.abs(found!.at - barge.at)).toBeLessThan(TOLERANCE);
    expect(Math.abs(found!.talkedOnSeconds - (assistantEnd - barge.at))).toBeLessThan(TOLERANCE);
    expect(found!.replayFrom).toBeCloseTo(found!.at - 2, 3);
    expect(analysis.interruptionCounts).toEqual({ caller: 1, assistant: 0 });
    expect(analysis.overlaps).toHaveLength(1);
  }, 30_000);

  it('the assistant talking over the caller: found, and not counted as an answer', async () => {
    const c1 = { side: 'caller', text: 'Do you have anything by the window, or maybe outside on the terrace?', at: 0.5 } as const;
    const a1 = fixtures.after(c1, -0.9, 'assistant', LINES.assistant[2]!);
    const c2 = fixtures.after(a1, 0.5, 'caller', LINES.caller[3]!);
    const a2 = fixtures.after(c2, 0.7, 'assistant', LINES.assistant[3]!);
    const { analysis } = await analyse([c1, a1, c2, a2]);
    expect(analysis.interruptions.map((i) => i.by)).toEqual(['assistant']);
    expect(Math.abs(analysis.interruptions[0]!.at - a1.at)).toBeLessThan(TOLERANCE);
    expect(Math.abs(analysis.interruptions[0]!.talkedOnSeconds - 0.9)).toBeLessThan(TOLERANCE);
    expect(analysis.responses.map((r) => r.seconds)).toHaveLength(1);
    expect(Math.abs(analysis.responses[0]!.seconds - 0.7)).toBeLessThan(TOLERANCE);
  }, 30_000);

  it('both directions in one call, in order', async () => {
    const c1 = { side: 'caller', text: 'Do you have anything by the window, or maybe outside on the terrace?', at: 0.5 } as const;
    const a1 = fixtures.after(c1, -0.8, 'assistant', 'We have a window table at eight thirty, and another one by the bar at nine.');
    const barge = { side: 'caller', text: 'The window one.', at: a1.at + 2 } as const;
    const { analysis } = await analyse([c1, a1, barge]);
    expect(analysis.interruptions.map((i) => i.by)).toEqual(['assistant', 'caller']);
    expect(analysis.interruptionCounts).toEqual({ caller: 1, assistant: 1 });
  }, 30_000);
});

describe('each side heard on the other\'s channel (speakerphone echo, crosstalk)', () => {
  it.each([
    { name: '−26 dB', bleed: 0.05 },
    { name: '−20 dB', bleed: 0.1 },
    { name: '−14 dB', bleed: 0.2 },
  ])('at $name is not the other side talking: no false interruptions, answers within 100 ms', async ({ bleed }) => {
    const utterances = dialogue([0.6, 0.4, 1.5, 0.5]);
    const clean = await analyse(utterances);
    const { call, analysis } = await analyse(utterances, {}, bleed);
    const truth = answers(call.utterances);
    expect(analysis.interruptions).toEqual([]);
    expect(analysis.responses.map((r) => r.seconds)).toHaveLength(truth.length);
    analysis.responses.forEach((r, i) => expect(Math.abs(r.seconds - truth[i]!)).toBeLessThan(TOLERANCE));
    expect(Math.abs(analysis.talkShare.caller - clean.analysis.talkShare.caller)).toBeLessThan(0.03);
    expect(analysis.talkShare.overlap).toBeLessThan(0.02);
  }, 30_000);

  it('at −20 dB a real barge-in is still found', async () => {
    const c1 = { side: 'caller', text: LINES.caller[0]!, at: 0.5 } as const;
    const a1 = fixtures.after(c1, 0.6, 'assistant', 'We have a window table at eight thirty, and another one by the bar at nine.');
    const barge = { side: 'caller', text: 'Wait, wait.', at: a1.at + 1.5 } as const;
    const { analysis } = await analyse([c1, a1, barge], {}, 0.1);
    expect(analysis.interruptions.map((i) => i.by)).toEqual(['caller']);
    expect(Math.abs(analysis.interruptions[0]!.at - barge.at)).toBeLessThan(TOLERANCE);
  }, 30_000);
});

describe('a noisy line', () => {
  it.each([
    { name: '−40 dBFS', noise: 0.01 },
    { name: '−30 dBFS', noise: 0.03 },
  ])('pink noise at $name under the caller: the floor rises with it, answers within 100 ms', async ({ noise }) => {
    const { call, analysis } = await analyse(dialogue([0.6, 0.4, 1.5, 0.5]), {}, 0, noise);
    const truth = answers(call.utterances);
    expect(analysis.responses.map((r) => r.seconds)).toHaveLength(truth.length);
    analysis.responses.forEach((r, i) => expect(Math.abs(r.seconds - truth[i]!)).toBeLessThan(TOLERANCE));
    expect(analysis.interruptions).toEqual([]);
  }, 30_000);
});

describe('talk share, monologues and silences', () => {
  it('a 6-second silence is found where it is, and the shares add up', async () => {
    const c1 = { side: 'caller', text: LINES.caller[0]!, at: 0.5 } as const;
    const a1 = fixtures.after(c1, 6, 'assistant', LINES.assistant[0]!);
    const a1b = fixtures.after(a1, 0.4, 'assistant', LINES.assistant[4]!);
    const { call, analysis } = await analyse([c1, a1, a1b]);
    // The half second before the caller and the second after the end are too short to count.
    expect(analysis.silences).toHaveLength(1);
    const silence = analysis.silences[0]!;
    expect(Math.abs(silence.start - call.utterances[0]!.end)).toBeLessThan(TOLERANCE);
    expect(Math.abs(silence.end - call.utterances[1]!.at)).toBeLessThan(TOLERANCE);
    const talked = (side: string) => call.utterances.filter((u) => u.side === side).reduce((s, u) => s + u.end - u.at, 0) / call.duration;
    expect(Math.abs(analysis.talkShare.caller - talked('caller'))).toBeLessThan(0.03);
    expect(analysis.talkShare.caller + analysis.talkShare.assistant - analysis.talkShare.overlap + analysis.talkShare.silence).toBeCloseTo(1, 2);
    // The assistant's two sentences, 0.4 s apart with the caller quiet, are one monologue.
    const mono = analysis.longestMonologue.assistant!;
    expect(Math.abs(mono.start - call.utterances[1]!.at)).toBeLessThan(TOLERANCE);
    expect(Math.abs(mono.end - call.utterances[2]!.end)).toBeLessThan(TOLERANCE);
  }, 30_000);
});

describe('input', () => {
  const flat = (n: number, v = 0) => Float32Array.from({ length: n * 2 }, (_, i) => (i % 2 ? -v : v));
  it.each([
    { peaks: [flat(10)], durationSeconds: 0, message: /durationSeconds must be a number above 0/ },
    { peaks: [flat(10)], durationSeconds: Number.NaN, message: /durationSeconds/ },
    { peaks: 'not peaks', durationSeconds: 5, message: /analyzeConversation expects one or two channels/ },
    { peaks: [[0.1, 'x']], durationSeconds: 5, message: /analyzeConversation expects numbers/ },
  ])('rejects $peaks / $durationSeconds with a clear error', ({ peaks, durationSeconds, message }) => {
    expect(() => analyzeConversation(peaks as never, { durationSeconds })).toThrow(message);
  });

  it('reads a mono file: speech and silence, no sides to compare', () => {
    const peaks = flat(100);
    for (let i = 20; i < 60; i++) peaks[i * 2] = 0.5;
    const analysis = analyzeConversation([peaks], { durationSeconds: 10 });
    expect(analysis.channels).toBe(1);
    expect(analysis.speech.caller).toEqual([{ start: 2, end: 6 }]);
    expect(analysis.responses).toEqual([]);
    expect(analysis.talkShare.silence).toBeCloseTo(0.6, 3);
  });

  it('reads audiowaveform JSON and a caller on the right channel', () => {
    // 8-bit, 2 channels, [min, max] per channel per point; 10 points a second.
    const data: number[] = [];
    for (let p = 0; p < 100; p++) {
      const left = p >= 10 && p < 30 ? 100 : 1;
      const right = p >= 40 && p < 60 ? 100 : 1;
      data.push(-left, left, -right, right);
    }
    const json = { version: 2, channels: 2, bits: 8 as const, sample_rate: 8000, samples_per_pixel: 800, length: 100, data };
    const a = analyzeConversation(json, { durationSeconds: 10, callerChannel: 1 });
    expect(a.speech.caller).toEqual([{ start: 4, end: 6 }]);
    expect(a.speech.assistant).toEqual([{ start: 1, end: 3 }]);
    expect(a.responses).toEqual([]);
    const b = analyzeConversation(json, { durationSeconds: 10 });
    expect(b.responses).toEqual([{ turnIndex: null, callerEnd: 3, assistantStart: 4, seconds: 1, slow: false }]);
  });
});

describe('edges of the thresholds', () => {
  // Two sides at a level of 0.5 where they talk and silent elsewhere, 100 slices a second.
  const call = (seconds: number, caller: [number, number][], assistant: [number, number][]) => {
    const side = (ranges: [number, number][]) => {
      const peaks = new Float32Array(seconds * 100 * 2);
      for (const [from, to] of ranges) for (let i = Math.round(from * 100); i < Math.round(to * 100); i++) { peaks[i * 2] = 0.5; peaks[i * 2 + 1] = -0.5; }
      return peaks;
    };
    return [side(caller), side(assistant)];
  };

  it.each([
    ['a second quicker than the threshold', 4.2, 1.2, 0.2, false],
    ['exactly the threshold', 5.2, 1.2, 1.2, false],
    ['a tenth of a second over it', 5.3, 1.2, 1.3, true],
  ])('an answer %s is %s', (_name, assistantStart, slowSeconds, expectedSeconds, slow) => {
    const analysis = analyzeConversation(call(10, [[1, 4]], [[assistantStart, 8]]), { durationSeconds: 10, thresholds: { slowResponseSeconds: slowSeconds } });
    expect(analysis.responses).toEqual([{ turnIndex: null, callerEnd: 4, assistantStart, seconds: expectedSeconds, slow }]);
    expect(analysis.responseSummary.slowCount).toBe(slow ? 1 : 0);
  });

  it('reads the deprecated slowResponseMs as seconds / 1000', () => {
    const analysis = analyzeConversation(call(10, [[1, 4]], [[5, 8]]), { durationSeconds: 10, slowResponseMs: 900 });
    expect(analysis.thresholds.slowResponseSeconds).toBe(0.9);
    expect(analysis.responses[0]!.slow).toBe(true);
  });

  it('two barge-ins into one stretch of the assistant\'s speech are one interruption, with how long it talked on', () => {
    const analysis = analyzeConversation(call(12, [[2, 2.6], [3.5, 4.2]], [[1, 6]]), { durationSeconds: 12 });
    expect(analysis.interruptions).toEqual([{ by: 'caller', at: 2, talkedOnSeconds: 4, replayFrom: 0 }]);
    expect(analysis.interruptionCounts).toEqual({ caller: 1, assistant: 0 });
  });

  it('a pause of the assistant shorter than 0.7 s does not end the stretch; a longer one does', () => {
    const bridged = analyzeConversation(call(14, [[2, 2.6], [5.5, 6.2]], [[1, 4], [4.5, 8]]), { durationSeconds: 14 });
    expect(bridged.interruptions).toEqual([{ by: 'caller', at: 2, talkedOnSeconds: 6, replayFrom: 0 }]);
    const apart = analyzeConversation(call(14, [[2, 2.6], [6.5, 7.2]], [[1, 4], [5, 9]]), { durationSeconds: 14 });
    expect(apart.interruptions).toEqual([
      { by: 'caller', at: 2, talkedOnSeconds: 2, replayFrom: 0 },
      { by: 'caller', at: 6.5, talkedOnSeconds: 2.5, replayFrom: 4.5 },
    ]);
  });

  it('talking over the other side for less than the minimum is not an interruption, on either side of the overlap', () => {
    // The caller starts 0.15 s before the assistant stops: too short an overlap.
    const late = analyzeConversation(call(10, [[4.85, 7]], [[1, 5]]), { durationSeconds: 10 });
    expect(late.interruptions).toEqual([]);
    // The caller's sound inside the assistant's speech lasts 0.15 s: too short a sound.
    const short = analyzeConversation(call(10, [[2, 2.15]], [[1, 5]]), { durationSeconds: 10, thresholds: { minSpeechSeconds: 0.1 } });
    expect(short.interruptions).toEqual([]);
    const counted = analyzeConversation(call(10, [[4.7, 7]], [[1, 5]]), { durationSeconds: 10 });
    expect(counted.interruptions).toEqual([{ by: 'caller', at: 4.7, talkedOnSeconds: 0.3, replayFrom: 2.7 }]);
  });
});

// The pieces of the engine that drive a media element or the store by the clock, on a scripted element
// and fake timers: muting over ranges, skipping silences while playing, the talk-density drawing, and
// MP3 tags read from the first bytes of a stream.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RangeMuting } from '../../src/player/features/redaction/rangeMuting';
import { skipSilences } from '../../src/player/features/skip-silences/silenceSkipping';
import { Scope } from '../../src/util/scope';
import { createStore } from '../../src/player/engine/store';
import type { PlayerSnapshot } from '../../src/player/engine/state';
import { densityRenderer } from '../../src/player/envelope';
import { FrameSplitter, id3Length, isInfoFrame, parseFrameHeader } from '../../src/player/stream/mp3';
import { helpRows } from '../../src/player/shortcuts';
import { audible, routingGains, toggleMix, DEFAULT_MIX } from '../../src/player/features/mute-solo/mix';
import { PeakAccumulator } from '../../src/player/stream/accumulator';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A media element as far as muting reads it: its clock, whether it plays, its rate, its mute. */
const element = (init: Partial<{ currentTime: number; paused: boolean; playbackRate: number; muted: boolean }> = {}) =>
  Object.assign(new EventTarget(), { currentTime: 0, paused: false, playbackRate: 1, muted: false, ...init }) as unknown as HTMLMediaElement & EventTarget;

describe('muting over ranges while playing', () => {
  it('mutes at a range\'s start and unmutes at its end, by a timer aimed at each edge', async () => {
    const scope = new Scope();
    const audio = element({ currentTime: 1 });
    const muting = new RangeMuting(scope, audio);
    muting.set([{ start: 2, end: 3 }]);
    expect(audio.muted).toBe(false);
    audio.currentTime = 1.997;
    await vi.advanceTimersByTimeAsync(250);
    expect(audio.muted).toBe(true);
    audio.currentTime = 2.997;
    await vi.advanceTimersByTimeAsync(250);
    expect(audio.muted).toBe(false);
    scope.dispose();
  });

  it('aims at the edge at the playback rate, at most a quarter second ahead', () => {
    const scope = new Scope();
    const audio = element({ currentTime: 0, playbackRate: 2 });
    const muting = new RangeMuting(scope, audio);
    muting.set([{ start: 0.3, end: 0.5 }]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(147);
    expect(audio.muted).toBe(false);
    audio.currentTime = 0.3;
    vi.advanceTimersByTime(2);
    expect(audio.muted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(audio.muted).toBe(true);
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('aims from where the clock is now, not from the start', () => {
    const scope = new Scope();
    const audio = element({ currentTime: 0.1, playbackRate: 2 });
    new RangeMuting(scope, audio).set([{ start: 0.5, end: 0.9 }]);
    audio.currentTime = 0.5;
    vi.advanceTimersByTime(199);
    expect(audio.muted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(audio.muted).toBe(true);
    scope.dispose();
  });

  it("once it has unmuted, a host's later mute is the host's to undo", () => {
    const scope = new Scope();
    const audio = element({ currentTime: 1.5, paused: true });
    new RangeMuting(scope, audio).set([{ start: 1, end: 2 }]);
    expect(audio.muted).toBe(true);
    audio.currentTime = 3;
    audio.dispatchEvent(new Event('seeked'));
    expect(audio.muted).toBe(false);
    audio.muted = true; // the host's own mute button
    audio.currentTime = 4;
    audio.dispatchEvent(new Event('seeked'));
    expect(audio.muted).toBe(true);
    scope.dispose();
  });

  it("leaves a host's own mute alone, and sets no timer while paused or past the last edge", () => {
    const scope = new Scope();
    const audio = element({ currentTime: 5, muted: true, paused: true });
    const muting = new RangeMuting(scope, audio);
    muting.set([{ start: 1, end: 2 }]);
    expect(audio.muted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    audio.currentTime = 1.5;
    audio.dispatchEvent(new Event('seeked'));
    expect(audio.muted).toBe(true);
    audio.currentTime = 3;
    audio.dispatchEvent(new Event('seeked'));
    expect(audio.muted).toBe(true);
    scope.dispose();
  });

  it('unmutes what it muted when a seek leaves the range, and stops listening when disposed', () => {
    const scope = new Scope();
    const audio = element({ currentTime: 1.5, paused: true });
    new RangeMuting(scope, audio).set([{ start: 1, end: 2 }, { start: 1.5, end: 1.5 }]);
    expect(audio.muted).toBe(true);
    audio.currentTime = 4;
    audio.dispatchEvent(new Event('seeked'));
    expect(audio.muted).toBe(false);
    scope.dispose();
    audio.currentTime = 1.5;
    for (const type of ['play', 'playing', 'pause', 'seeking', 'seeked', 'ratechange', 'timeupdate']) audio.dispatchEvent(new Event(type));
    expect(audio.muted).toBe(false);
  });
});

describe('skipping silences while playing', () => {
  const snapshot = (patch: Partial<PlayerSnapshot> = {}) => ({
    intent: 'play', currentTime: 0,
    analysis: { silences: [{ start: 10, end: 20 }, { start: 30, end: 40 }] }, ...patch,
  }) as unknown as PlayerSnapshot;
  /** Skipping watching a player's store, with its own state beside it and the seek it asks for recorded. */
  const skipping = (patch: Partial<PlayerSnapshot> = {}, on = true) => {
    const scope = new Scope();
    const store = createStore(snapshot(patch));
    const own = createStore({ on, skipped: 0 });
    const seek = vi.fn();
    skipSilences(scope, store, own, seek);
    return { scope, store, own, seek };
  };

  it('jumps a silence when the clock enters it, and counts the seconds saved', () => {
    const { scope, store, own, seek } = skipping();
    store.set({ currentTime: 5 });
    expect(seek).not.toHaveBeenCalled();
    store.set({ currentTime: 11 });
    expect(seek).toHaveBeenCalledWith(19.75);
    expect(own.get().skipped).toBeCloseTo(8.75, 9);
    // The media still reports a time from before the jump: not a second silence.
    store.set({ currentTime: 11.2 });
    expect(seek).toHaveBeenCalledTimes(1);
    store.set({ currentTime: 19.8 });
    store.set({ currentTime: 31 });
    expect(seek).toHaveBeenLastCalledWith(39.75);
    expect(own.get().skipped).toBeCloseTo(8.75 + 8.75, 9);
    scope.dispose();
  });

  it('jumps the same silence again once the landing is over (a second later, or after it landed)', () => {
    const { scope, store, seek } = skipping();
    store.set({ currentTime: 11 });
    vi.advanceTimersByTime(1001);
    store.set({ currentTime: 11.5 });
    expect(seek).toHaveBeenCalledTimes(2);
    scope.dispose();
  });

  it('takes the media as landed within 50 ms of the jump\'s end; a stale time counts as stale for exactly a second', () => {
    vi.advanceTimersByTime(600);
    const { scope, store, seek } = skipping();
    store.set({ currentTime: 11 });
    store.set({ currentTime: 19.7 }); // landed, a little short of 19.75
    store.set({ currentTime: 11.5 }); // and the listener went back into the silence
    expect(seek).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    store.set({ currentTime: 11.6 }); // a time from before the second jump, a second on
    expect(seek).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    store.set({ currentTime: 11.7 });
    expect(seek).toHaveBeenCalledTimes(3);
    scope.dispose();
  });

  it('jumps once for a clock that the seek itself moves, as the media does', () => {
    const scope = new Scope();
    const store = createStore(snapshot());
    const own = createStore({ on: true, skipped: 0 });
    const seek = vi.fn((to: number) => store.set({ currentTime: to }));
    skipSilences(scope, store, own, seek);
    store.set({ currentTime: 11 });
    expect(seek).toHaveBeenCalledTimes(1);
    expect(store.get().currentTime).toBe(19.75);
    expect(own.get().skipped).toBe(8.75);
    scope.dispose();
  });

  it.each([
    ['skipping is off', {}, false],
    ['paused', { intent: 'pause' }, true],
    ['not analysed yet', { analysis: null }, true],
  ])('does nothing while %s', (_name, patch, on) => {
    const { scope, store, seek } = skipping(patch as Partial<PlayerSnapshot>, on);
    store.set({ currentTime: 12 });
    expect(seek).not.toHaveBeenCalled();
    scope.dispose();
  });

  it('stops watching when its scope is disposed', () => {
    const { scope, store, seek } = skipping();
    scope.dispose();
    store.set({ currentTime: 12 });
    expect(seek).not.toHaveBeenCalled();
  });
});

describe('the talk-density drawing', () => {
  it('draws each column as tall as that side talked in it, about the lane\'s middle, at least a hairline', () => {
    const rects: number[][] = [];
    const ctx = { canvas: { width: 2, height: 20 }, beginPath: vi.fn(), rect: (...r: number[]) => void rects.push(r), fill: vi.fn() } as unknown as CanvasRenderingContext2D;
    const channel = Float32Array.from([0.5, -0.5, 0.5, -0.5, 0, 0, 0, 0]);
    densityRenderer(channel)([channel], ctx);
    expect(rects).toEqual([[0, 0, 1, 20], [1, 9.5, 1, 1]]);
    expect(ctx.beginPath).toHaveBeenCalledTimes(1);
    expect(ctx.fill).toHaveBeenCalledTimes(1);
  });
});

describe('MP3 tags and headers from the first bytes', () => {
  it.each([
    [[0x49, 0x44], null], [[0x49, 0x44, 0x33], null], [[0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0], null],
    [[0x49, 0x44, 0x32], 0], [[0x00, 0x44, 0x33], 0], [[0x49, 0x00, 0x33], 0], [[0xff, 0xfb, 0x90], 0],
    [[0x49, 0x44, 0x34, 4, 0, 0, 0, 0, 1, 0], 0], [[0x49, 0x00, 0x33, 4, 0, 0, 0, 0, 1, 0], 0], [[0x00, 0x44, 0x33, 4, 0, 0, 0, 0, 1, 0], 0],
    [[0x49, 0x44, 0x33, 4, 0, 0, 0x7f, 0, 0, 0], 10 + (0x7f << 21)],
  ])('an ID3 tag at the start of %j is %s bytes long (null: more bytes needed)', (bytes, length) => {
    expect(id3Length(Uint8Array.from(bytes))).toBe(length);
  });

  it.each([[13, 'Xing'], [21, 'Info'], [36, 'LAME'], [36, 'Xing'], [13, 'LAME']])('finds the encoder\'s tag at byte %i (%s)', (at, tag) => {
    const frame = new Uint8Array(64);
    frame.set([...tag].map((c) => c.charCodeAt(0)), at);
    expect(isInfoFrame(frame)).toBe(true);
  });

  it('finds no tag in an audio frame or one written elsewhere', () => {
    const frame = new Uint8Array(64);
    frame.set([...'Info'].map((c) => c.charCodeAt(0)), 14);
    expect(isInfoFrame(frame)).toBe(false);
    expect(isInfoFrame(new Uint8Array(64))).toBe(false);
  });

  it('reads a header only where four bytes remain', () => {
    expect(parseFrameHeader(Uint8Array.from([0xff, 0xfb, 0x90]))).toBeNull();
    const bytes = Uint8Array.from([0, 0xff, 0xfb, 0x90, 0x44]);
    expect(parseFrameHeader(bytes, 1)).toMatchObject({ length: 417 });
    expect(parseFrameHeader(bytes, 2)).toBeNull();
    expect(parseFrameHeader(Uint8Array.from([0xff, 0x1b, 0x90, 0x44]))).toBeNull();
  });
});

describe('cutting a byte stream into frames', () => {
  // MPEG-2 Layer III, 32 kbps, 16 kHz: 144 bytes a frame; the body is zeros, so it holds no stray sync.
  const frame = (header = [0xff, 0xf3, 0x48, 0x64], length = 144) => {
    const bytes = new Uint8Array(length);
    bytes.set(header);
    return bytes;
  };
  const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  const tag = (bodyLength: number) => join([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, bodyLength >> 7, bodyLength & 0x7f], new Uint8Array(bodyLength));
  const offsets = (frames: { offset: number }[]) => frames.map((f) => f.offset);

  it('holds the last frame until the next header or the end confirms it', () => {
    const splitter = new FrameSplitter();
    expect(offsets(splitter.push(join(frame(), frame())))).toEqual([0]);
    expect(splitter.resumeOffset).toBe(144);
    expect(offsets(splitter.push(new Uint8Array(0), true))).toEqual([144]);
    expect(splitter.resumeOffset).toBe(288);
  });

  it('waits for a whole ID3 tag however it arrives, and gives nothing for a stream that ends inside one', () => {
    const file = join(tag(200), frame(), frame());
    for (const cut of [2, 3, 9, 10, 100, 210, 211]) {
      const splitter = new FrameSplitter();
      const first = splitter.push(file.subarray(0, cut));
      expect(first).toEqual([]);
      expect(offsets(splitter.push(file.subarray(cut), true))).toEqual([210, 354]);
    }
    expect(new FrameSplitter().push(tag(200).subarray(0, 50), true)).toEqual([]);
    expect(new FrameSplitter().push(Uint8Array.of(0x49, 0x44), true)).toEqual([]);
  });

  it('does not look for a tag when it resumes in the middle of a file', () => {
    const splitter = new FrameSplitter(5000);
    expect(offsets(splitter.push(join(frame(), frame()).subarray(0, 2)))).toEqual([]);
    expect(offsets(splitter.push(join(frame(), frame()).subarray(2), true))).toEqual([5000, 5144]);
  });

  it('skips bytes that only look like a header: garbage, a header its follower does not confirm, another sample rate', () => {
    const stray = join([0xff, 0xf3, 0x48, 0x64], new Uint8Array(20)); // says 144 bytes; no header follows them
    const other = frame([0xff, 0xfb, 0x90, 0x44], 417); // 44.1 kHz: not this stream's
    const file = join([1, 2, 3], stray, frame(), other, frame(), frame());
    const frames = new FrameSplitter().push(file, true);
    expect(offsets(frames)).toEqual([27, 27 + 144 + 417, 27 + 144 + 417 + 144]);
    expect(frames.every((f) => f.header.sampleRate === 16000 && f.data.length === 144)).toBe(true);
  });

  it('takes a frame that garbage follows for a false sync, unless the stream ends there', () => {
    expect(offsets(new FrameSplitter().push(join(frame(), [1, 2, 3, 4], frame()), true))).toEqual([148]);
    expect(offsets(new FrameSplitter().push(join(frame(), [1, 2, 3]), true))).toEqual([0]);
  });

  it('skips a tag whose bytes look like frames (an attached file), and nothing after it', () => {
    const looksLikeAudio = join(frame(), frame(), new Uint8Array(10));
    const file = join([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, looksLikeAudio.length >> 7, looksLikeAudio.length & 0x7f], looksLikeAudio, frame(), frame());
    expect(offsets(new FrameSplitter().push(file, true))).toEqual([308, 452]);
  });

  it('drops a last frame cut short, and keeps one the next header confirms at a chunk\'s very end', () => {
    expect(offsets(new FrameSplitter().push(join(frame(), frame().subarray(0, 100)), true))).toEqual([0]);
    expect(offsets(new FrameSplitter().push(join(frame(), [0xff, 0xf3, 0x48, 0x64])))).toEqual([0]);
  });

  it('keeps the last frame before an ID3v1 tag at the end, and not one four stray bytes follow', () => {
    const v1 = join([0x54, 0x41, 0x47], new Uint8Array(125)); // "TAG" and its 125 bytes
    expect(offsets(new FrameSplitter().push(join(frame(), frame(), v1), true))).toEqual([0, 144]);
    expect(offsets(new FrameSplitter().push(join(frame(), frame(), [1, 2, 3, 4]), true))).toEqual([0]);
  });

  it('keeps reading from where the previous chunk stopped, with offsets in the whole file', () => {
    const file = join(tag(30), frame(), frame(), frame());
    const splitter = new FrameSplitter();
    const got = [...splitter.push(file.subarray(0, 200))];
    expect(splitter.resumeOffset).toBe(184);
    got.push(...splitter.push(file.subarray(200, 330)), ...splitter.push(file.subarray(330), true));
    expect(offsets(got)).toEqual([40, 184, 328]);
    expect(splitter.resumeOffset).toBe(file.length);
  });
});

describe('the key list and the mix', () => {
  it('shows each row\'s keys as key caps', () => {
    expect(helpRows(true).map((row) => [row.label, row.help])).toEqual([
      ['shortcutPlayPause', [['Space'], ['K']]], ['shortcutSkip', [['←'], ['→']]], ['shortcutSkipLong', [['Shift', '←'], ['Shift', '→']]],
      ['shortcutStartEnd', [['Home'], ['End']]], ['shortcutSpeed', [['['], [']']]], ['shortcutTurns', [['P'], ['N']]],
      ['shortcutZoom', [['-'], ['+']]], ['shortcutNotes', [['I'], ['O'], ['C']]],
    ]);
  });

  it('soloing one side un-solos the other; mute is kept under a solo', () => {
    const caller = toggleMix(DEFAULT_MIX, 'caller', 'solo');
    expect(audible(caller)).toEqual({ caller: true, assistant: false });
    const assistant = toggleMix(caller, 'assistant', 'solo');
    expect(assistant).toEqual({ caller: { muted: false, solo: false }, assistant: { muted: false, solo: true } });
    expect(toggleMix(assistant, 'assistant', 'solo')).toEqual(DEFAULT_MIX);
    const muted = toggleMix(DEFAULT_MIX, 'assistant', 'muted');
    expect(audible(muted)).toEqual({ caller: true, assistant: false });
    expect(routingGains(muted, 1)).toEqual([0, 0, 1, 1]);
    expect(routingGains(DEFAULT_MIX, 1)).toEqual([1, 0, 0, 1]);
    // Muting one side keeps the other's solo.
    expect(toggleMix(assistant, 'caller', 'muted')).toEqual({ caller: { muted: true, solo: false }, assistant: { muted: false, solo: true } });
  });
});

describe('peaks built as audio arrives', () => {
  it('takes nothing from an empty block or into no buckets, and hands out copies', () => {
    const none = new PeakAccumulator(0, 10);
    none.add([Float32Array.from([1])], 8000, 0);
    expect(none.reached).toBe(0);
    const acc = new PeakAccumulator(4, 1);
    acc.add([new Float32Array(0)], 8000, 0);
    expect(acc.reached).toBe(0);
    expect(acc.channelCount).toBe(0);
    acc.add([Float32Array.from([0.5, 0.5]), Float32Array.from([-0.5, -0.5])], 4, 0);
    expect(acc.reached).toBe(0.5);
    expect(acc.channelCount).toBe(2);
    const [left, right] = acc.snapshot();
    expect(Array.from(left)).toEqual([0.5, 0, 0.5, 0, 0, 0, 0, 0]);
    expect(Array.from(right)).toEqual([0, -0.5, 0, -0.5, 0, 0, 0, 0]);
    left[0] = 9;
    expect(acc.snapshot()[0][0]).toBe(0.5);
    // Sent to the page, the copies' memory moves; the accumulator's own keeps filling.
    structuredClone([left, right], { transfer: [left.buffer, right.buffer] });
    acc.add([Float32Array.from([0.25]), Float32Array.from([-0.75])], 4, 0.5);
    expect(Array.from(acc.snapshot()[1])).toEqual([0, -0.5, 0, -0.5, 0, -0.75, 0, 0]);
  });
});

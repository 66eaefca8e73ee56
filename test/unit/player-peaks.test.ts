// @vitest-environment node
// The player's waveform data: min/max slices of decoded samples, how many for a call's length, the
// caller's lane first, and the session's small cache of what was decoded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bucketsFor, decodePeaks, DECODE_RATE, orderByCaller, reducePeaks, type DecodedPeaks } from '../../src/player/peaks';
import { PeaksCache } from '../../src/player/engine/sessionPeaks';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('min/max slices', () => {
  it('folds equal slices into [max, min] pairs, silence a flat line', () => {
    expect(Array.from(reducePeaks([0.5, -0.25, 0, 0, 1, -1, 0.25, 0.5], 4))).toEqual([0.5, -0.25, 0, 0, 1, -1, 0.5, 0]);
    expect(Array.from(reducePeaks([0.5, -0.25, 0.125, 0.375, -0.5, 0.25], 2))).toEqual([0.5, -0.25, 0.375, -0.5]);
  });

  it('gives uneven slices their share of the samples, never more slices than samples', () => {
    expect(Array.from(reducePeaks([1, 2, 3, 4, 5], 2))).toEqual([2, 0, 5, 0]);
    expect(reducePeaks([1, 2], 10)).toHaveLength(4);
    expect(reducePeaks([1, 2, 3], 2.9)).toHaveLength(4);
    expect(reducePeaks([1, 2], -1)).toHaveLength(0);
    expect(reducePeaks([], 5)).toHaveLength(0);
  });

  it.each([[0, 1], [0.001, 1], [1, 50], [61.5, 3075], [400, 20_000], [3600, 20_000], [Number.NaN, Number.NaN]])(
    'a call of %s s gets %s slices', (seconds, buckets) => {
      expect(bucketsFor(seconds)).toBe(buckets);
    },
  );

  it('puts the caller first whatever channel the file uses, and a mono file in both lanes', () => {
    expect(orderByCaller(['a', 'b'])).toEqual(['a', 'b']);
    expect(orderByCaller(['a', 'b'], 0)).toEqual(['a', 'b']);
    expect(orderByCaller(['a', 'b'], 1)).toEqual(['b', 'a']);
    expect(orderByCaller(['mono'], 1)).toEqual(['mono', 'mono']);
  });
});

describe('decoding a whole file', () => {
  const decoderFor = (channels: Float32Array[], duration: number) => {
    const made: number[][] = [];
    class FakeOfflineAudioContext {
      constructor(...args: number[]) { made.push(args); }
      async decodeAudioData() {
        return { duration, numberOfChannels: channels.length, getChannelData: (c: number) => channels[c]! };
      }
    }
    vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext);
    return made;
  };

  it('decodes at 8 kHz into about 50 slices a second per side, the caller first', async () => {
    const left = new Float32Array(800).fill(0.5);
    const right = new Float32Array(800).fill(-0.25);
    const made = decoderFor([left, right], 0.1);
    const decoded = await decodePeaks(new ArrayBuffer(8), 1);
    expect(made).toEqual([[2, 1, DECODE_RATE]]);
    expect(DECODE_RATE).toBe(8000);
    expect(decoded.duration).toBe(0.1);
    expect(decoded.channels).toBe(2);
    expect(decoded.peaks[0]).toHaveLength(10);
    expect(Array.from(decoded.peaks[0].subarray(0, 2))).toEqual([0, -0.25]);
    expect(Array.from(decoded.peaks[1].subarray(0, 2))).toEqual([0.5, 0]);
  });

  it('shows a mono file in both lanes and keeps two lanes of a file with more channels', async () => {
    decoderFor([new Float32Array(80).fill(0.5)], 0.01);
    const mono = await decodePeaks(new ArrayBuffer(8));
    expect(mono.channels).toBe(1);
    expect(mono.peaks[0]).toBe(mono.peaks[1]);
    decoderFor([new Float32Array(80), new Float32Array(80).fill(0.5), new Float32Array(80).fill(1)], 0.01);
    const three = await decodePeaks(new ArrayBuffer(8));
    expect(three.channels).toBe(3);
    expect(Array.from(three.peaks[1].subarray(0, 2))).toEqual([0.5, 0]);
  });
});

describe("the session's cache of decoded peaks", () => {
  const entry = (duration: number): DecodedPeaks => ({ peaks: [new Float32Array(0), new Float32Array(0)], duration, channels: 2 });

  it('keeps the most recently used, up to its limit', () => {
    const cache = new PeaksCache(2);
    cache.set('a', entry(1));
    cache.set('b', entry(2));
    expect(cache.get('a')?.duration).toBe(1);
    cache.set('c', entry(3));
    expect(cache.has('b')).toBe(false);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('c')).toBe(true);
    cache.set('a', entry(4));
    cache.set('d', entry(5));
    expect(cache.has('c')).toBe(false);
    expect(cache.get('a')?.duration).toBe(4);
    expect(cache.get('missing')).toBeUndefined();
  });

  it('holds 24 calls unless told', () => {
    const cache = new PeaksCache();
    for (let i = 0; i < 25; i++) cache.set(`call-${i}`, entry(i));
    expect(cache.has('call-0')).toBe(false);
    expect(cache.has('call-1')).toBe(true);
  });
});

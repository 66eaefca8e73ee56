// @vitest-environment node
// Peaks as backends send them (floats, 8- or 16-bit integers, BBC audiowaveform JSON), read into what
// the lanes draw, and what is said when they cannot be read (the player then decodes the audio).
import { describe, expect, it } from 'vitest';
import { PeaksError, readPeaks } from '../../src/adapter/peaks';

const values = (channels: Float32Array[]) => channels.map((c) => Array.from(c));

describe('peaks as arrays', () => {
  it.each([
    ['floats, kept as sent', [[0.5, -0.25, 1, -1]], [[0.5, -0.25, 1, -1]]],
    ['floats a hair over 1 (rounding), clamped', [[1.001, -1.0005, 0.5]], [[1, -1, 0.5]]],
    ['8-bit samples', [[64, -128, 127]], [[0.5, -1, 127 / 128]]],
    ['8-bit from the louder channel, applied to both', [[1, -1], [32, -64]], [[1 / 128, -1 / 128], [0.25, -0.5]]],
    ['16-bit samples', [[16384, -32768, 129]], [[0.5, -1, 129 / 32768]]],
    ['typed arrays', [new Int16Array([8192, -16384])], [[0.25, -0.5]]],
    ['silence', [[0, 0], [0, 0]], [[0, 0], [0, 0]]],
  ])('reads %s', (_name, wire, expected) => {
    const read = values(readPeaks(wire));
    expect(read).toHaveLength(expected.length);
    read.forEach((channel, c) => channel.forEach((v, i) => expect(v).toBeCloseTo(expected[c]![i]!, 6)));
  });

  it.each([
    ['no channel', [], 'one or two channels of peaks, or audiowaveform JSON'],
    ['three channels', [[0], [0], [0]], 'one or two channels of peaks, or audiowaveform JSON'],
    ['an object', { peaks: [] }, 'one or two channels of peaks, or audiowaveform JSON'],
    ['a second channel that is text', [[0.1], 'loud'], 'channel 1 to be an array of numbers'],
    ['a number as text', [[0.1, 0.2], [0.3, '0.4']], 'numbers (channel 1, index 1 is not)'],
    ['NaN in a typed array', [new Float32Array([0.1, 0.2, Number.NaN])], 'numbers (channel 0, index 2 is not)'],
    ['values past 16 bits', [[0, 40000]], 'values in [-1, 1] (or 8- or 16-bit integers)'],
  ])('says what is wrong with %s', (_name, wire, message) => {
    expect(() => readPeaks(wire)).toThrow(new PeaksError(message));
  });
});

describe('BBC audiowaveform JSON', () => {
  it('reads min/max pairs into max/min, per channel, at 8 or 16 bits', () => {
    expect(values(readPeaks({ version: 2, channels: 1, bits: 8, data: [-64, 32, -128, 127] }))).toEqual([[0.25, -0.5, 127 / 128, -1]]);
    expect(values(readPeaks({ version: 2, channels: 2, bits: 16, data: [-16384, 8192, -32768, 32767, 0, 16384, -8192, 0] })))
      .toEqual([[0.25, -0.5, 0.5, 0], [32767 / 32768, -1, 0, -0.25]]);
  });

  it('reads version 1 as one channel whatever it says, and no channels as one', () => {
    expect(values(readPeaks({ version: 1, channels: 2, bits: 8, data: [-64, 64, 0, 32] }))).toEqual([[0.5, -0.5, 0.25, 0]]);
    expect(values(readPeaks({ bits: 8, data: new Int8Array([-64, 64]) }))).toEqual([[0.5, -0.5]]);
  });

  it('clamps values past full scale and ignores a trailing half pair', () => {
    expect(values(readPeaks({ version: 2, channels: 1, bits: 8, data: [-200, 300, 5] }))).toEqual([[1, -1]]);
  });

  it.each([
    ['12 bits', { bits: 12, data: [] }, 'audiowaveform "bits" of 8 or 16'],
    ['three channels', { version: 2, channels: 3, bits: 8, data: [] }, 'audiowaveform "channels" of 1 or 2'],
    ['data that is not a list', { version: 2, bits: 8, data: 'AAAA' }, 'audiowaveform "data" to be an array'],
    ['a bad max', { version: 2, bits: 8, data: [0, 1, 0, 'x'] }, 'audiowaveform "data" to hold numbers (point 1 does not)'],
    ['a bad min', { version: 2, bits: 8, data: ['low', 1] }, 'audiowaveform "data" to hold numbers (point 0 does not)'],
  ])('says what is wrong with %s', (_name, json, message) => {
    expect(() => readPeaks(json)).toThrow(new PeaksError(message));
  });
});

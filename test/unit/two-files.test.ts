import { describe, expect, it } from 'vitest';
import { foldSlices, slicePeaks, StereoWav } from '../../src/player/engine/twoFiles';
import { reducePeaks } from '../../src/player/peaks';

const read = (wav: Uint8Array<ArrayBuffer>) => {
  const view = new DataView(wav.buffer);
  const text = (at: number) => String.fromCharCode(...wav.subarray(at, at + 4));
  return {
    chunks: [text(0), text(8), text(12), text(36)],
    format: { channels: view.getUint16(22, true), rate: view.getUint32(24, true), bits: view.getUint16(34, true), bytes: view.getUint32(40, true), riff: view.getUint32(4, true) },
    samples: Array.from({ length: (wav.length - 44) / 2 }, (_, i) => view.getInt16(44 + i * 2, true)),
  };
};

describe('StereoWav', () => {
  it('writes a 16-bit stereo WAV one side at a time, the shorter side padded with silence, values clipped to ±1', () => {
    const wav = new StereoWav(0, 24_000);
    wav.put(0, Float32Array.of(0, 0.5, -1, 2));
    wav.put(1, Float32Array.of(1, -0.5));
    const { chunks, format, samples } = read(wav.bytes());
    expect(chunks).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(format).toEqual({ channels: 2, rate: 24_000, bits: 16, bytes: 16, riff: 52 });
    expect(samples).toEqual([0, 32767, 16384, -16383, -32767, 0, 32767, 0]);
  });

  it('grows when the second side is the longer, keeping the first', () => {
    const wav = new StereoWav(0, 16_000);
    wav.put(1, Float32Array.of(0.25));
    wav.put(0, Float32Array.of(-0.25, 0.5, 1));
    const { format, samples } = read(wav.bytes());
    expect(format.bytes).toBe(12);
    expect(samples).toEqual([-8192, 8192, 16384, 0, 32767, 0]);
  });
});

describe('the lanes from the sides as they are merged', () => {
  it('slices a side into min/max pairs of a fixed width, the last slice what is left', () => {
    expect([...slicePeaks(Float32Array.of(0.1, -0.2, 0.3, 0.5, -0.5, 0.25, -1), 3)]).toEqual([0.3, -0.2, 0.5, -0.5, 0, -1].map(Math.fround));
  });

  it('folds the slices into the buckets the lanes draw, as reducing the samples would', () => {
    const samples = Float32Array.from({ length: 24_000 }, (_, i) => Math.sin(i / 7) * (i % 5000) / 5000);
    const folded = foldSlices(slicePeaks(samples, 240), 100, 50);
    expect([...folded]).toEqual([...reducePeaks(samples, 50)]);
  });

  it('draws a side that ends early as silence to the end of the longer one', () => {
    const short = slicePeaks(Float32Array.of(0.5, -0.5, 0.25, -0.25), 2);
    expect([...foldSlices(short, 4, 4)]).toEqual([0.5, -0.5, 0.25, -0.25, 0, 0, 0, 0]);
    expect([...foldSlices(short, 4, 2)]).toEqual([0.5, -0.5, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { stereoWav } from '../../src/player/engine/twoFiles';

describe('stereoWav', () => {
  it('writes a 16-bit stereo WAV, the shorter side padded with silence, values clipped to ±1', () => {
    const wav = stereoWav(Float32Array.of(0, 0.5, -1, 2), Float32Array.of(1, -0.5), 24_000);
    const view = new DataView(wav.buffer);
    const text = (at: number) => String.fromCharCode(...wav.subarray(at, at + 4));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect({ channels: view.getUint16(22, true), rate: view.getUint32(24, true), bits: view.getUint16(34, true), bytes: view.getUint32(40, true) }).toEqual({ channels: 2, rate: 24_000, bits: 16, bytes: 16 });
    const samples = Array.from({ length: 8 }, (_, i) => view.getInt16(44 + i * 2, true));
    expect(samples).toEqual([0, 32767, 16384, -16383, -32767, 0, 32767, 0]);
  });
});

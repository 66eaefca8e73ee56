// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrameSplitter, id3Length, isInfoFrame, parseFrameHeader } from '../../src/player/stream/mp3';
import { PeakAccumulator } from '../../src/player/stream/accumulator';
import { repeatRecording } from '../../demo/backend/recordings';

const short = new Uint8Array(readFileSync(new URL('../../src/adapter/fixtures/call-short.mp3', import.meta.url)));

const seconds = (frames: { header: { samplesPerFrame: number; sampleRate: number } }[]) =>
  frames.reduce((sum, f) => sum + f.header.samplesPerFrame / f.header.sampleRate, 0);

describe('MP3 framing', () => {
  it.each([
    ['MPEG-1 128 kbps 44.1 kHz stereo', [0xff, 0xfb, 0x90, 0x44], { length: 417, sampleRate: 44100, channels: 2, samplesPerFrame: 1152 }],
    ['MPEG-1 128 kbps 44.1 kHz padded mono', [0xff, 0xfb, 0x92, 0xc4], { length: 418, sampleRate: 44100, channels: 1, samplesPerFrame: 1152 }],
    ['MPEG-2 32 kbps 16 kHz joint stereo', [0xff, 0xf3, 0x48, 0x64], { length: 144, sampleRate: 16000, channels: 2, samplesPerFrame: 576 }],
    ['MPEG-2.5 8 kbps 8 kHz mono', [0xff, 0xe3, 0x18, 0xc4], { length: 72, sampleRate: 8000, channels: 1, samplesPerFrame: 576 }],
  ])('reads a %s header', (_name, bytes, expected) => {
    expect(parseFrameHeader(new Uint8Array(bytes))).toEqual(expected);
  });

  it.each([
    ['no sync', [0xfe, 0xfb, 0x90, 0x44]],
    ['Layer II', [0xff, 0xfd, 0x90, 0x44]],
    ['reserved version', [0xff, 0xeb, 0x90, 0x44]],
    ['free bitrate', [0xff, 0xfb, 0x00, 0x44]],
    ['bad bitrate', [0xff, 0xfb, 0xf0, 0x44]],
    ['reserved sample rate', [0xff, 0xfb, 0x9c, 0x44]],
    ['too short', [0xff, 0xfb]],
  ])('rejects %s', (_name, bytes) => {
    expect(parseFrameHeader(new Uint8Array(bytes))).toBeNull();
  });

  it('measures an ID3v2 tag, with and without a footer', () => {
    const tag = [0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0x01, 0x7f];
    expect(id3Length(new Uint8Array(tag))).toBe(10 + 255);
    expect(id3Length(new Uint8Array([...tag.slice(0, 5), 0x10, ...tag.slice(6)]))).toBe(10 + 255 + 10);
    expect(id3Length(new Uint8Array([0xff, 0xf3, 0x48, 0x64]))).toBe(0);
    expect(id3Length(new Uint8Array([0x49, 0x44]))).toBeNull();
  });

  it('cuts the fixture into frames that add up to its length, and finds the encoder info frame', () => {
    const frames = new FrameSplitter().push(short, true);
    expect(isInfoFrame(frames[0]!.data)).toBe(true);
    expect(frames.slice(1).some((f) => isInfoFrame(f.data))).toBe(false);
    expect(seconds(frames.slice(1))).toBeCloseTo(18.97, 0);
    expect(frames.reduce((n, f) => n + f.data.length, 0)).toBe(short.length);
  });

  it('gives the same frames whatever the chunk sizes, holding at most one partial frame', () => {
    const whole = new FrameSplitter().push(short, true);
    const splitter = new FrameSplitter();
    const pieces = [];
    for (let at = 0, i = 0; at < short.length; i++) {
      const size = [1, 7, 143, 1000, 4096][i % 5]!;
      pieces.push(...splitter.push(short.subarray(at, at + size)));
      at += size;
      expect(splitter.resumeOffset).toBeGreaterThan(Math.min(at, short.length) - 1441);
    }
    pieces.push(...splitter.push(new Uint8Array(0), true));
    expect(pieces.map((f) => f.offset)).toEqual(whole.map((f) => f.offset));
  });

  it('skips an ID3 tag and stray bytes, and resumes from the last whole frame', () => {
    const tag = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20, ...new Array(20).fill(0xff)]);
    const file = new Uint8Array([...tag, ...short]);
    const splitter = new FrameSplitter();
    const first = splitter.push(file.subarray(0, 5000));
    expect(first[0]!.offset).toBe(tag.length);
    const resumeAt = splitter.resumeOffset;
    const rest = new FrameSplitter(resumeAt).push(file.subarray(resumeAt), true);
    expect(rest[0]!.offset).toBe(resumeAt);
    expect(first.length + rest.length).toBe(new FrameSplitter().push(short, true).length);
  });

  it('repeats a recording frame by frame into an hour-long file without its info frames', () => {
    const hour = repeatRecording(short, 3600);
    const frames = new FrameSplitter().push(hour.bytes, true);
    expect(frames.some((f) => isInfoFrame(f.data))).toBe(false);
    expect(hour.durationSeconds).toBeGreaterThanOrEqual(3600);
    expect(seconds(frames)).toBeCloseTo(hour.durationSeconds, 0);
  });
});

describe('PeakAccumulator', () => {
  it('places blocks by time into min/max buckets', () => {
    const acc = new PeakAccumulator(4, 2); // half a second a bucket
    acc.add([Float32Array.from([0.5, -0.25]), Float32Array.from([0.1, 0.2])], 2, 0); // 0 s and 0.5 s
    acc.add([Float32Array.from([-0.75, 0.9]), Float32Array.from([-0.1, 0])], 2, 1);
    expect(Array.from(acc.channels[0]).map((v) => Math.round(v * 100) / 100 + 0)).toEqual([0.5, 0, 0, -0.25, 0, -0.75, 0.9, 0]);
    expect(Array.from(acc.channels[1]).map((v) => Math.round(v * 10) / 10 + 0)).toEqual([0.1, 0, 0.2, 0, 0, -0.1, 0, 0]);
    expect(acc.reached).toBe(2);
    expect(acc.channelCount).toBe(2);
  });

  it('shows a mono stream in both lanes and keeps overflow in the last bucket', () => {
    const acc = new PeakAccumulator(2, 1);
    acc.add([Float32Array.from([0.2, 0.4, 0.6, 0.8])], 2, 0); // runs to 2 s of a "1 s" call
    expect(Array.from(acc.channels[0])).toEqual(Array.from(acc.channels[1]));
    expect(acc.channels[0][2]).toBeCloseTo(0.8);
    expect(acc.channelCount).toBe(1);
  });

  it('holds two numbers per bucket per channel, however much audio goes in', () => {
    const acc = new PeakAccumulator(100, 3600);
    const block = new Float32Array(16000).fill(0.3);
    for (let t = 0; t < 3600; t += 60) acc.add([block, block], 16000, t);
    expect(acc.channels[0].length).toBe(200);
    expect(acc.snapshot()[0]).not.toBe(acc.channels[0]);
  });
});

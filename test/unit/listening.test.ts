import { describe, expect, it, vi } from 'vitest';
import { audible, DEFAULT_MIX, routingGains, toggleMix, type Mix } from '../../src/player/features/mute-solo/mix';
import { stepZoom, zoomLevels } from '../../src/player/zoom';

const mix = (caller: Partial<Mix['caller']>, assistant: Partial<Mix['assistant']>): Mix => ({
  caller: { ...DEFAULT_MIX.caller, ...caller },
  assistant: { ...DEFAULT_MIX.assistant, ...assistant },
});

describe('per-speaker listening', () => {
  it.each([
    ['nothing pressed', mix({}, {}), 0, [1, 0, 0, 1]],
    ['caller muted', mix({ muted: true }, {}), 0, [0, 0, 1, 1]],
    ['assistant muted', mix({}, { muted: true }), 0, [1, 1, 0, 0]],
    ['both muted', mix({ muted: true }, { muted: true }), 0, [0, 0, 0, 0]],
    ['caller soloed', mix({ solo: true }, {}), 0, [1, 1, 0, 0]],
    ['muted but soloed: solo wins', mix({ solo: true, muted: true }, {}), 0, [1, 1, 0, 0]],
    ['assistant soloed, caller on the right channel', mix({}, { solo: true }), 1, [1, 1, 0, 0]],
    ['caller soloed, caller on the right channel', mix({ solo: true }, {}), 1, [0, 0, 1, 1]],
  ] as const)('%s', (_name, m, callerChannel, gains) => {
    expect(routingGains(m, callerChannel)).toEqual(gains);
  });

  it('soloing one speaker releases the other solo', () => {
    const a = toggleMix(DEFAULT_MIX, 'caller', 'solo');
    const b = toggleMix(a, 'assistant', 'solo');
    expect(b.caller.solo).toBe(false);
    expect(b.assistant.solo).toBe(true);
    expect(audible(b)).toEqual({ caller: false, assistant: true });
    expect(DEFAULT_MIX.caller.solo).toBe(false); // not mutated
  });
});

describe('zoom levels', () => {
  it.each([
    [300 / 3600, 2048], // an hour in 300 px: deep zoom is useful
    [300 / 19, 8], // 19 s: a few steps
    [250, 1], // already past the detail the peaks hold
  ])('with %f px/s at fit, zooms up to %ix', (fit, max) => {
    expect(Math.max(...zoomLevels(fit))).toBe(max);
  });

  it.each([
    [1, 1, 2],
    [2, -1, 1],
    [1, -1, 1],
    [8, 1, 8],
    [3, 1, 4],
  ] as const)('from %ix a step of %i goes to %ix (a 19 s call in 300 px: at most 8x)', (from, direction, to) => {
    expect(stepZoom(from, direction, 300 / 19)).toBe(to);
  });
});

describe('the listening graph', () => {
  it('closes its AudioContext when the media cannot be routed through it', async () => {
    const { ListeningGraph } = await import('../../src/player/features/mute-solo/Listening');
    const close = vi.fn(async () => undefined);
    class RefusingContext {
      close = close;
      createMediaElementSource(): never {
        throw new DOMException('already connected to another node', 'InvalidStateError');
      }
    }
    vi.stubGlobal('AudioContext', RefusingContext);
    try {
      expect(() => new ListeningGraph(document.createElement('audio'))).toThrow('already connected');
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

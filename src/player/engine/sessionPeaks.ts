// The lanes' peaks computed this session, kept per adapter scope and call id: a call opened again
// draws at once. Apart from the decoding, which the engine does not need to know whether peaks are here.
import type { DecodedPeaks } from '../peaks.js';

/** Peaks computed this session, per adapter scope and call id; small and bounded. */
export class PeaksCache {
  private readonly entries = new Map<string, DecodedPeaks>();
  constructor(private readonly limit = 24) {}

  get(key: string): DecodedPeaks | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: DecodedPeaks): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}

export const sessionPeaks = new PeaksCache();

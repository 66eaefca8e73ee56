// Samples as audiowaveform stores them: 16-bit integers, and 8-bit ones made from those.

/** A float sample as a 16-bit one: rounded and clipped, as a decoder's 16-bit output holds it. */
export const toInt16 = (v: number): number => Math.max(-32768, Math.min(32767, Math.round(v * 32768))) + 0; // + 0: never -0

/** 16 bits to 8 the way audiowaveform does: divided by 256, truncated toward zero. */
export const int16To8 = (v: number): number => Math.trunc(v / 256) + 0;

// The demo server's clock, moved by TALKTURO_CLOCK_OFFSET seconds: the API (expires_at, its Date
// header), the URL signer (X-Amz-Date) and the embedded S3 (which checks expiry) all read it, as one
// backend whose clock is off the browser's. Only for a process of its own (npm start, or the test
// backend that runs as a child process): it replaces the global Date.

export function clockOffsetFromEnv(): number {
  const raw = process.env.TALKTURO_CLOCK_OFFSET;
  if (!raw) return 0;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds)) throw new Error(`TALKTURO_CLOCK_OFFSET must be a number of seconds (±), got "${raw}"`);
  return seconds * 1000;
}

export function installClockOffset(offsetMs: number): void {
  if (!offsetMs) return;
  const RealDate = Date;
  class ServerDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...(args as [string | number]));
    }

    static override now(): number {
      return RealDate.now() + offsetMs;
    }
  }
  globalThis.Date = ServerDate as DateConstructor;
}

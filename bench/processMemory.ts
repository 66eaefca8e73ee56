// Resident memory of Chromium's renderer processes, read from /proc: it counts what the JS heap does
// not, such as decoded audio buffers, the media pipeline and workers' heaps.
import { readdirSync, readFileSync } from 'node:fs';

function rendererPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('--type=renderer')) pids.push(Number(entry));
    } catch {
      // gone already
    }
  }
  return pids;
}

function rssMB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

export const rendererRssMB = (): number => rendererPids().reduce((sum, pid) => sum + rssMB(pid), 0);

/** Samples every `everyMs` until stopped; returns the highest total seen. */
export function samplePeak(everyMs = 100) {
  let peak = rendererRssMB();
  const timer = setInterval(() => {
    peak = Math.max(peak, rendererRssMB());
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rendererRssMB());
  };
}

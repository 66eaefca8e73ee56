// One measured run of the built server entry in a fresh process: the CLI's path (JSON pieces written
// to a file) or the in-memory call (`computePeaks` and JSON.stringify). Prints its CPU time and peak RSS.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [entry, file, mode, bits] = process.argv.slice(2);
const { computePeaks, computePeaksJson, analyzeConversation } = await import(entry);
const options = { bits: Number(bits) };
const out = createWriteStream('/dev/null');
let analyzeMs;
if (mode === 'analyze') {
  // The figures of the call from the JSON it just wrote, as a host's fleet report would.
  const peaks = await computePeaks(file, options);
  const durationSeconds = (peaks.length * peaks.samples_per_pixel) / peaks.sample_rate;
  const started = performance.now();
  analyzeConversation(peaks, { durationSeconds });
  analyzeMs = performance.now() - started;
} else if (mode === 'stream') {
  for (const piece of await computePeaksJson(file, options)) if (!out.write(piece)) await once(out, 'drain');
} else {
  out.write(JSON.stringify(await computePeaks(file, options)));
}
out.end();
await once(out, 'finish');
const usage = process.resourceUsage();
console.log(JSON.stringify({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMB: usage.maxRSS / 1024, analyzeMs }));

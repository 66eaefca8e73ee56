// One measured run of the built `redactRecording` in a fresh process: a file in, the redacted file out.
// Prints its CPU time and peak RSS.
import { writeFileSync } from 'node:fs';

const [entry, input, output, rangesJson, mode] = process.argv.slice(2);
const { redactRecording } = await import(entry);
writeFileSync(output, await redactRecording(input, JSON.parse(rangesJson), { mode }));
const usage = process.resourceUsage();
console.log(JSON.stringify({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMB: usage.maxRSS / 1024 }));

// `npm run bench`: every benchmark in Chromium on a production build (React's development mode would
// dominate the numbers), then BENCHMARKS.md rewritten with the numbers, the command, machine and date.
//   npm run bench                 all of them
//   npm run bench -- table|player|playing|peaks|redact  one of them (its sections are replaced, the others kept)
//   BENCH_RECORDINGS=two-files npm run bench -- player  only those calls of the player's (a quick look; the
//                                 section then holds only their rows)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { findChromium } from '../scripts/chromium.mjs';
import { isLoopbackOrigin, startDemoBackend } from '../demo/backend/server';
import { runTableBench, tableMarkdown } from './tableBench';
import { playerBudgetsFailed, playerMarkdown, runPlayerBench } from './playerBench';
import { runTranscriptBench, transcriptMarkdown } from './transcriptBench';
import { peaksMarkdown, runPeaksBench } from './peaks/peaksBench';
import { redactMarkdown, runRedactBench } from './peaks/redactBench';
import { playingMarkdown, runPlayingBench } from './playingBench';
import { execFileSync } from 'node:child_process';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('Chromium not found: run `node scripts/ensure-tools.mjs` first.');
const only = process.argv[2];

const sections: string[] = [];
// Sections written by hand, kept by a full run (declared before the top-level awaits below reach them).
const SIZE_SECTION = '## Size budgets';
const HAND_WRITTEN = [SIZE_SECTION, '## Mutation testing'];

/** Budgets a run checks (issue 22): written to BENCHMARKS.md either way, then the run fails. */
const budgetFailures: string[] = [];
const wants = (name: string) => !only || only === name;

if (wants('table') || wants('player') || wants('playing') || wants('transcript')) {
  const outDir = here('./.out');
  // The pages import the package by name, resolved to its production build: what a host's bundler gets.
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await build({
    resolve: {
      alias: [
        { find: /^@talkturo\/components-react\/styles\.css$/, replacement: here('../dist/styles.css') },
        { find: /^@talkturo\/components-react$/, replacement: here('../dist/index.js') },
      ],
    },
    root: here('.'),
    configFile: here('../vite.config.ts'),
    mode: 'bench',
    base: './',
    logLevel: 'warn',
    build: {
      lib: false, outDir, emptyOutDir: true, sourcemap: false,
      rolldownOptions: { input: { table: here('./table/index.html'), player: here('./player/index.html'), playing: here('./playing/index.html'), transcript: here('./transcript/index.html') } },
    },
  });
  const server = await preview({ root: here('.'), configFile: false, build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const base = server.resolvedUrls!.local[0]!;
  const backend = await startDemoBackend({ urlLifetimeSeconds: 600, calls: 200, allowOrigin: isLoopbackOrigin });
  try {
    if (wants('table')) {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
      });
      try {
        sections.push(...tableMarkdown(await runTableBench(browser, base)));
      } finally {
        await browser.close();
      }
    }
    if (wants('player')) {
      const rows = await runPlayerBench(chromiumPath, base, backend.url);
      sections.push(...playerMarkdown(rows));
      budgetFailures.push(...playerBudgetsFailed(rows));
    }
    if (wants('playing')) sections.push(...playingMarkdown(await runPlayingBench(chromiumPath, base, backend.url, backend.storageUrl)));
    if (wants('transcript')) sections.push(...transcriptMarkdown(await runTranscriptBench(chromiumPath, base)));
  } finally {
    await server.close();
    await backend.close();
  }
}
if (wants('peaks')) {
  // The library's production build: the entry a server installs.
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  sections.push(...peaksMarkdown(await runPeaksBench()));
}
if (wants('redact')) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  sections.push(...redactMarkdown(await runRedactBench()));
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const version = await (async () => {
  const b = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const v = b.version();
  await b.close();
  return `Chromium ${v}`;
})();
const runLine = [
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
  `- Runtime: Node ${process.version}, ${version} (headless, --disable-gpu)${wants('peaks') || wants('redact') ? `, ${execFileSync('ffmpeg', ['-version']).toString().split('\n')[0]!.replace(/ Copyright.*/, '')}` : ''}`,
  `- Command: \`npm run bench${only ? ` -- ${only}` : ''}\``,
];
// A run of one benchmark replaces its own sections and keeps the others, each stamped with its run.
const path = here('../BENCHMARKS.md');
const fresh = splitSections([...sections].join('\n'), runLine);
// The size budgets' section is written by hand when a budget changes (npm run size measures, not bench), the
// mutation testing section from `npm run test:mutation`'s scores: both always kept.
const before = existsSync(path) ? splitSections(readFileSync(path, 'utf8')) : new Map<string, string>();
const kept = only ? before : new Map([...before].filter(([title]) => HAND_WRITTEN.some((start) => title.startsWith(start))));
for (const [title, body] of fresh) kept.set(title, body);
writeFileSync(path, ['# Benchmarks', '', 'Written by `npm run bench` (bench/run.ts); do not edit by hand, except the size budgets\' section (`npm run size`) and the mutation testing one (`npm run test:mutation`). Each section says which run wrote it.', '', ...kept.values()].join('\n'));
if (budgetFailures.length) {
  console.error(`Over budget:\n  ${budgetFailures.join('\n  ')}`);
  process.exitCode = 1;
}
console.log('wrote BENCHMARKS.md');


/** `## ` sections by title; with `stamp`, each gets the run's lines under its title. */
function splitSections(text: string, stamp?: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of text.split(/^(?=## )/m)) {
    if (!chunk.startsWith('## ')) continue;
    const [title, ...rest] = chunk.split('\n');
    out.set(title!, [title, ...(stamp ? ['', ...stamp] : []), ...rest].join('\n').trimEnd() + '\n');
  }
  return out;
}

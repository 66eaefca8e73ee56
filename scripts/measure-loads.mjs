#!/usr/bin/env node
// What a host page loads of ours, measured the way a host's bundler loads it: a production build (with
// rolldown, the bundler under Vite, without Vite's preload helper, which is the host's code, not ours) of
// an entry that imports one component from the built package (dist/), every dependency external. What
// the entry chunk holds (with its static imports) is loaded up front; what sits behind a dynamic
// import() is loaded on demand. Sizes are minified + gzip. Fails when a budget below is exceeded.
//   node scripts/measure-loads.mjs [--json]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const repo = fileURLToPath(new URL('..', import.meta.url));
const EXTERNAL = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^wavesurfer\.js($|\/)/, /^@radix-ui\//, /^mpg123-decoder/, /^#mp3-decoder/];

/**
 * Budgets in kB (gzip), up front and on demand, and issue 30's goals for what loads up front (the CI
 * fails over a budget; a goal not reached yet is printed). Issue 30 moved the lanes, mute and solo's
 * audio graph, the recording's checks, the review section and a short call's one read off the
 * up-front path, then Download's code (it loads on the click), the redaction muting and, in the panel,
 * the log's words and the notice of a call without a recording:
 * each budget up front went down with it, and on demand took what moved there
 * (BENCHMARKS.md, "Size budgets", says what and why). On demand counts the two workers (the streamed
 * waveform's carries its own MP3 decoder, about 64 kB).
 */
export const BUDGETS = {
  CallLogs: { upFront: 14.8, goal: 15, onDemand: 125.1 },
  // The plain player of parts: the lanes, play, the time, seek, speed and download.
  PlainPartsPlayer: { upFront: 15.3, goal: 16, onDemand: 84.6 },
  StereoRecordingPlayer: { upFront: 21, goal: 22, onDemand: 95 },
  CallLogTable: { upFront: 10.3, goal: 10, onDemand: 1 },
  CallDetailPanel: { upFront: 32, goal: 32, onDemand: 99.4 },
};

const gzip = (text) => gzipSync(text, { level: 9 }).length / 1024;

/** What a page imports for each measured name: a component, or a player laid out from parts. */
const ENTRIES = {
  PlainPartsPlayer: (from) => `import { PlayerRoot, PlayerLanes, PlayerPlayButton, PlayerTime, PlayerSeek, PlayerSpeed, PlayerDownload } from ${from};\nexport default [PlayerRoot, PlayerLanes, PlayerPlayButton, PlayerTime, PlayerSeek, PlayerSpeed, PlayerDownload];\n`,
};

export async function measure(component) {
  const dir = mkdtempSync(join(tmpdir(), 'talkturo-loads-'));
  try {
    const entry = join(dir, 'entry.js');
    const from = JSON.stringify(join(repo, 'dist/index.js'));
    writeFileSync(entry, ENTRIES[component]?.(from) ?? `import { ${component} } from ${from};\nexport default ${component};\n`);
    const bundle = await rolldown({ input: entry, external: (id) => EXTERNAL.some((re) => re.test(id)), preserveEntrySignatures: 'strict', logLevel: 'silent', transform: { define: { 'process.env.NODE_ENV': '"production"' } } });
    const out = join(dir, 'out');
    await bundle.write({ dir: out, format: 'es', minify: true, entryFileNames: 'entry.js', chunkFileNames: '[name]-[hash].js' });
    await bundle.close();
    const files = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.js')).map(String);
    const code = Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    // Up front: the entry and what it imports statically, transitively.
    const upFront = new Set(['entry.js']);
    const queue = ['entry.js'];
    while (queue.length) {
      const file = queue.pop();
      for (const [, spec] of code[file].matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) {
        if (code[spec] && !upFront.has(spec)) {
          upFront.add(spec);
          queue.push(spec);
        }
      }
    }
    const size = (names) => names.reduce((sum, f) => sum + gzip(code[f]), 0);
    const lazy = files.filter((f) => !upFront.has(f));
    return { component, upFront: size([...upFront]), onDemand: size(lazy), chunks: { upFront: [...upFront], onDemand: lazy } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = [];
  for (const component of Object.keys(BUDGETS)) results.push(await measure(component));
  let failed = false;
  for (const r of results) {
    const budget = BUDGETS[r.component];
    const over = r.upFront > budget.upFront || r.onDemand > budget.onDemand;
    failed ||= over;
    console.log(`${over ? '✗' : '✓'} ${r.component}: ${r.upFront.toFixed(1)} kB up front (budget ${budget.upFront}, goal ${budget.goal}${r.upFront <= budget.goal ? ' reached' : ''}), ${r.onDemand.toFixed(1)} kB on demand in ${r.chunks.onDemand.length} chunks (budget ${budget.onDemand})`);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(results.map(({ chunks, ...r }) => r)));
  if (failed) {
    console.error('A page loads more of ours than its budget allows (scripts/measure-loads.mjs; BENCHMARKS.md says what grew and why).');
    process.exit(1);
  }
}

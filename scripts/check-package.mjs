#!/usr/bin/env node
// Packs the library as npm would and checks the tarball with publint and arethetypeswrong.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], ...opts }).toString();
const dir = mkdtempSync(join(tmpdir(), 'talkturo-pack-'));
try {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]));
  const tarball = join(dir, info.filename);
  console.log(`packed ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`);
  // What every install downloads: no demo recordings, and a budget that can fail.
  const UNPACKED_BUDGET_KB = 805; // the issue's goal was 400: BENCHMARKS.md, "Size budgets", says what the rest is (and what the row player, the last parts and the features' interface added)
  const media = info.files.filter((f) => /\.(mp3|wav|ogg)$/i.test(f.path));
  if (media.length) throw new Error(`the tarball carries recordings: ${media.map((f) => f.path).join(', ')}`);
  if (info.unpackedSize > UNPACKED_BUDGET_KB * 1024) throw new Error(`the package unpacks to ${(info.unpackedSize / 1024).toFixed(0)} kB, over its ${UNPACKED_BUDGET_KB} kB budget`);
  const server = run('tar', ['-xOzf', tarball, 'package/dist/server.js']).slice(0, 40);
  if (/use client/.test(server)) throw new Error('dist/server.js (for server components) must not carry "use client"');
  const head = run('tar', ['-xOzf', tarball, 'package/dist/index.js']).slice(0, 40);
  if (!/^["']use client["'];/.test(head)) throw new Error('dist/index.js must start with the "use client" directive');
  console.log(run('npx', ['--no-install', 'publint', 'run', '--strict', '--pack', 'false', '.']));
  console.log(run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css', '--format', 'table-flipped']));
  console.log('package checks passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

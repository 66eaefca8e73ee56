#!/usr/bin/env node
// Runs StrykerJS once per checked folder (test/mutation/groups.mjs), then scores each against its threshold.
//   node scripts/mutation.mjs [--incremental] [group …]
// --incremental: only mutants in code or tests changed since the folder's committed baseline
// (test/mutation/baseline/<group>.json) run again. A folder without a committed baseline is skipped then,
// and said (in CI, CI=true, it fails): its first run is a full one, long on 2 cores, which is not CI's to start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { GROUPS } from '../test/mutation/groups.mjs';

const args = process.argv.slice(2);
const incremental = args.includes('--incremental');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((id) => !GROUPS.some((g) => g.id === id));
if (unknown.length) {
  console.error(`Unknown group(s) ${unknown.join(', ')}; the groups are ${GROUPS.map((g) => g.id).join(', ')}.`);
  process.exit(2);
}
const chosen = asked.length ? GROUPS.filter((g) => asked.includes(g.id)) : GROUPS;
const unmeasured = incremental ? chosen.filter((g) => !existsSync(`test/mutation/baseline/${g.id}.json`)) : [];
for (const group of unmeasured) {
  console.log(`\n== not checked: ${group.name} has no committed baseline. Measure it with \`node scripts/mutation.mjs ${group.id}\` and commit test/mutation/baseline/${group.id}.json.`);
}
// In CI every folder is checked: a baseline that went missing must not turn the check off unseen.
if (unmeasured.length && process.env.CI) process.exit(1);
const groups = chosen.filter((g) => !unmeasured.includes(g));
for (const group of groups) {
  const started = Date.now();
  console.log(`\n== mutation testing: ${group.name}`);
  // Both write the folder's baseline; without --incremental, --force runs every mutant anew.
  const run = spawnSync('npx', ['stryker', 'run', '--incremental', ...(incremental ? [] : ['--force'])], { stdio: 'inherit', env: { ...process.env, STRYKER_GROUP: group.id } });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`== ${group.id}: ${Math.round((Date.now() - started) / 1000)} s`);
}
if (!groups.length) process.exit(0);
const score = spawnSync('node', ['scripts/mutation-score.mjs', ...groups.map((g) => g.id)], { stdio: 'inherit' });
process.exit(score.status ?? 1);

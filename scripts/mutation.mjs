#!/usr/bin/env node
// Runs StrykerJS once per checked folder (test/mutation/groups.mjs), then scores each against its threshold.
//   node scripts/mutation.mjs [--incremental] [group …]
// --incremental: only mutants in code or tests changed since the folder's committed baseline
// (test/mutation/baseline/<group>.json) run again. A folder without a committed baseline is skipped then,
// and said (in CI, CI=true, it fails): its first run is a full one, long on 2 cores, which is not CI's to start.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { GROUPS } from '../test/mutation/groups.mjs';

const ALL_UNIT_TESTS = ['test/unit/**/*.test.{ts,tsx}'];
const matches = (file, patterns) =>
  patterns.some((p) => !p.startsWith('!') && matchesGlob(file, p)) && !patterns.some((p) => p.startsWith('!') && matchesGlob(file, p.slice(1)));
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${e.parentPath ?? e.path}/${e.name}`);
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);

/**
 * Why a folder's committed baseline no longer stands, or null when it does: every mutated file and every
 * test file whose tests reached or killed its mutants reads as it did, and no test file was added since.
 * Then Stryker has nothing to run again, and is not started (its first test run alone takes minutes).
 */
function changedSinceBaseline(group) {
  const path = `test/mutation/baseline/${group.id}.json`;
  const baseline = JSON.parse(readFileSync(path, 'utf8'));
  const differs = (file, source) => !existsSync(file) || readFileSync(file, 'utf8') !== source;
  const mutated = filesUnder('src').filter((f) => matches(f, group.mutate));
  const newFile = mutated.find((f) => !(f in baseline.files));
  if (newFile) return `${newFile} is new`;
  const changed = Object.entries(baseline.files).find(([f, { source }]) => differs(f, source));
  if (changed) return `${changed[0]} changed`;
  // A test file counts when one of its tests reached or killed a mutant: a changed test elsewhere in the
  // related set cannot change this folder's results.
  const reaching = new Set(Object.values(baseline.files).flatMap(({ mutants }) => mutants.flatMap((m) => [...(m.coveredBy ?? []), ...(m.killedBy ?? [])])));
  const changedTest = Object.entries(baseline.testFiles ?? {}).find(
    ([f, { source, tests }]) => source !== undefined && tests.some((t) => reaching.has(t.id)) && differs(f, source),
  );
  if (changedTest) return `${changedTest[0]} changed`;
  let added;
  try {
    const since = git('log', '-1', '--format=%H', '--', path)[0];
    if (!since) return 'the baseline is not committed';
    added = [...git('diff', '--name-only', '--diff-filter=A', since, '--', 'test'), ...git('ls-files', '--others', '--exclude-standard', '--', 'test')];
  } catch {
    return 'git cannot say which test files are new';
  }
  const newTest = added.find((f) => matches(f, group.tests ?? ALL_UNIT_TESTS));
  return newTest ? `${newTest} is new` : null;
}

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
const standing = [];
for (const group of groups) {
  const started = Date.now();
  if (incremental) {
    const why = changedSinceBaseline(group);
    if (!why) {
      console.log(`\n== ${group.id}: nothing changed since its committed baseline; its results stand`);
      standing.push(group.id);
      continue;
    }
    console.log(`\n== ${group.id}: ${why} since its committed baseline`);
  }
  console.log(`\n== mutation testing: ${group.name}`);
  // Both write the folder's baseline; without --incremental, --force runs every mutant anew.
  const run = spawnSync('npx', ['stryker', 'run', '--incremental', ...(incremental ? [] : ['--force'])], { stdio: 'inherit', env: { ...process.env, STRYKER_GROUP: group.id } });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`== ${group.id}: ${Math.round((Date.now() - started) / 1000)} s`);
}
if (!groups.length) process.exit(0);
const score = spawnSync('node', ['scripts/mutation-score.mjs', ...groups.map((g) => g.id), ...(standing.length ? [`--baseline=${standing.join(',')}`] : [])], { stdio: 'inherit' });
process.exit(score.status ?? 1);

#!/usr/bin/env node
// Mutation scores per checked folder, from Stryker's JSON report, against each folder's threshold.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage): ignored mutants (each with
// its reason in the code) and mutants that do not compile (the TypeScript checker's CompileError: a bug
// the compiler already catches) are left out, as in Stryker's own score. Exits 1 when a folder is below.
//   node scripts/mutation-score.mjs [group …] [--markdown] [--baseline=group,…]
// Reads reports/mutation/<group>.json, or for the groups after --baseline= their committed baseline
// (test/mutation/baseline/<group>.json: what a run with nothing changed would report).
import { existsSync, readFileSync } from 'node:fs';
import { GROUPS as ALL } from '../test/mutation/groups.mjs';

const args = process.argv.slice(2);
const asked = args.filter((a) => !a.startsWith('--'));
const markdown = args.includes('--markdown');
const fromBaseline = (args.find((a) => a.startsWith('--baseline='))?.slice('--baseline='.length) ?? '').split(',').filter(Boolean);
const GROUPS = asked.length ? ALL.filter((g) => asked.includes(g.id)) : ALL;

const blank = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0, Pending: 0 });
const counts = new Map(GROUPS.map((g) => [g, blank()]));
const survivors = new Map(GROUPS.map((g) => [g, []]));
const missing = [];
for (const group of GROUPS) {
  const file = fromBaseline.includes(group.id) ? `test/mutation/baseline/${group.id}.json` : `reports/mutation/${group.id}.json`;
  if (!existsSync(file)) {
    missing.push(file);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const c = counts.get(group);
  for (const [path, { mutants }] of Object.entries(report.files)) {
    const rel = path.replace(/\\/g, '/').replace(/^.*?(?=src\/)/, '');
    for (const m of mutants) {
      c[m.status] = (c[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.get(group).push(`${m.status === 'Survived' ? 'survived   ' : 'no coverage'} ${rel}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`);
    }
  }
}

const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
};

let failed = false;
const rows = GROUPS.filter((g) => counts.get(g) && !missing.some((m) => m.endsWith(`/${g.id}.json`))).map((g) => {
  const c = counts.get(g);
  const s = score(c);
  const ok = s >= g.threshold;
  if (!ok) failed = true;
  return { g, c, s, ok };
});
if (markdown) {
  console.log('| folder | score | threshold | killed | timed out | survived | no coverage | ignored | not compiling |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { g, c, s } of rows) console.log(`| ${g.name} | ${s.toFixed(1)} % | ${g.threshold} % | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Ignored} | ${c.CompileError} |`);
} else {
  for (const { g, c, s, ok } of rows) {
    console.log(`${ok ? 'ok  ' : 'LOW '} ${s.toFixed(1).padStart(5)} % (≥ ${g.threshold} %)  ${g.name}: ${c.Killed} killed, ${c.Timeout} timed out, ${c.Survived} survived, ${c.NoCoverage} without coverage, ${c.Ignored} ignored, ${c.CompileError} not compiling`);
    if (!ok || process.env.MUTATION_SURVIVORS) for (const line of survivors.get(g)) console.log(`       ${line}`);
  }
}
if (missing.length) {
  console.error(`No report: ${missing.join(', ')} (npm run test:mutation writes them).`);
  failed = true;
}
process.exit(failed ? 1 : 0);

// Mutation testing of the library's pure cores, one folder at a time (test/mutation/groups.mjs):
// `npm run test:mutation` runs them all; scripts/mutation.mjs sets STRYKER_GROUP for each run.
import { GROUPS } from './test/mutation/groups.mjs';

const group = GROUPS.find((g) => g.id === process.env.STRYKER_GROUP);
if (!group) throw new Error(`STRYKER_GROUP must be one of ${GROUPS.map((g) => g.id).join(', ')} (npm run test:mutation runs each).`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'test/mutation/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10_000,
  incrementalFile: `test/mutation/baseline/${group.id}.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${group.id}.html` },
  jsonReporter: { fileName: `reports/mutation/${group.id}.json` },
  ignorePatterns: ['dist', 'storybook-static', 'bench/.out', '.demo-data', 'reports', 'coverage'],
  mutate: group.mutate,
};

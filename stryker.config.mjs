// Mutation testing of the library's pure cores: `npm run test:mutation` (whole run) or
// `npm run test:mutation -- --incremental` (only what changed against the committed baseline).
// Per-folder thresholds are checked by scripts/mutation-score.mjs from the JSON report.
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
  incrementalFile: 'test/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'storybook-static', 'bench/.out', '.demo-data', 'reports', 'coverage'],
  // audio/minmax.ts is left out: its fold runs once per sample of every decoded test recording, and
  // instrumented it made every audio test (peaks, redaction, analysis) several times slower. Its results
  // are checked sample for sample against ffmpeg's decoding in server-peaks.test.ts.
  mutate: [
    'src/signed-url/**/*.ts',
    'src/net/readRecording.ts',
    'src/adapter/**/*.ts',
    '!src/adapter/memory.ts',
    '!src/adapter/seed.ts',
    '!src/adapter/noteStore.ts',
    '!src/adapter/fixtures/**',
    'src/analysis/**/*.ts',
    '!src/analysis/analysis.worker.ts',
    '!src/analysis/inWorker.ts',
    'src/peaks/**/*.ts',
    '!src/peaks/cli.ts',
    'src/format.ts',
    'src/player/{conversation,envelope,eventClusters,listening,noteRange,noteRows,peaks,shortcuts,zoom}.ts',
    'src/player/engine/{buffered,mediaErrors,silenceSkipping,rangeMuting}.ts',
    'src/player/stream/{accumulator,mp3,streamPeaks}.ts',
    'src/call-log/{csv,filters,format,paging}.ts',
  ],
};

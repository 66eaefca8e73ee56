// The folders mutation testing checks, each run on its own (its own baseline and report, so a change
// to one folder re-runs only its mutants, and a finished folder is kept while another runs), and each
// folder's threshold. Read by stryker.config.mjs, scripts/mutation.mjs and scripts/mutation-score.mjs.
export const GROUPS = [
  {
    id: 'signed-url', threshold: 90, name: 'signed-url/ (the URL owner, lifetime, schedule; reading through it)',
    mutate: ['src/signed-url/**/*.ts', 'src/net/readRecording.ts'],
  },
  {
    id: 'adapter', threshold: 90, name: 'adapter/ (backend reading: validation, http, notes, peaks, platform mappers)',
    // The memory adapter, its seed data and its note store are the demo's and Storybook's backend.
    mutate: ['src/adapter/**/*.ts', '!src/adapter/memory.ts', '!src/adapter/seed.ts', '!src/adapter/noteStore.ts', '!src/adapter/fixtures/**'],
  },
  {
    id: 'analysis', threshold: 85, name: 'analysis/ (conversation and pipeline analysis)',
    // The worker and its page side are tested in Chromium (call-review, conversation).
    mutate: ['src/analysis/**/*.ts', '!src/analysis/analysis.worker.ts', '!src/analysis/inWorker.ts'],
  },
  {
    id: 'peaks', threshold: 85, name: 'peaks/ (server peaks, audiowaveform JSON, redaction, S3 handler, CLI)',
    // Its own tests, against ffmpeg's decoding. The analysis tests use computePeaks to make their speech
    // fixtures' peaks: run for each of its mutants, they would add minutes apiece and check nothing more.
    tests: ['test/unit/{server-peaks,server-peaks-cli,server-peaks-s3,redact-recording,peaks-sources,peaks-edges}.test.ts'],
    // index.ts only re-exports (no mutants; a file a baseline does not list reads as new to scripts/mutation.mjs).
    mutate: ['src/peaks/**/*.ts', '!src/peaks/cli.ts', '!src/peaks/index.ts'],
  },
  {
    id: 'helpers', threshold: 85, name: 'pure player and call-log helpers',
    // audio/minmax.ts is left out: its fold runs once per sample of every decoded test recording, and
    // instrumented it made every audio test several times slower. server-peaks.test.ts checks its
    // results sample for sample against ffmpeg's decoding. stream/streamPeaks.ts is not a pure helper (it
    // drives fetch and a decoder); Chromium's streamed-lanes tests check what it draws.
    // Checked by their own table tests. Every component test reaches format.ts and most of these too;
    // run in jsdom for each mutant, they made this one folder take well over an hour on 2 cores.
    tests: ['test/unit/{format,format-words,player-helpers,player-helpers-notes,player-engine-pieces,call-log-helpers,call-log-filters,paging,conversation,envelope,shortcuts,listening,buffered,media-errors,range-muting,stream-peaks,note-range,note-rows,axis,call-review,backend-data,two-files,player-peaks}.test.{ts,tsx}'],
    mutate: [
      'src/format.ts',
      'src/player/{conversation,envelope,peaks,shortcuts,zoom}.ts',
      'src/player/engine/{buffered,mediaErrors,sessionPeaks}.ts',
      'src/player/features/{events/eventClusters,mute-solo/mix,notes/noteRange,notes/noteRows,redaction/rangeMuting,skip-silences/silenceSkipping}.ts',
      'src/player/stream/{accumulator,mp3}.ts',
      'src/call-log/{csv,filters,format,paging}.ts',
    ],
  },
];

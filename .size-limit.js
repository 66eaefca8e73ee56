// Size budgets of the two workers, minified and gzipped, checked by `npm test`. The components' budgets
// live in scripts/measure-loads.mjs.

export default [
  // The components' budgets are measured the way a host's bundler loads them, up front apart from on
  // demand: scripts/measure-loads.mjs (part of `npm test`). What grew before issue 22, by component:
  // Issue 12 aimed at 24 kB for the three; the URL owner (lifetime evidence, spare URL, wake-up checks)
  // and the split engine cost more than the removed wrappers saved (26.6 → 29.0 kB), and reading what
  // backends really send (audiowaveform, tolerant rows), fitting columns and the shortcut table added
  // 2.8 kB more (31.7 kB). Issue 14 added the virtualized transcript with match stepping and turn keys
  // (+2.5 kB to the panel), the player's slice-subscribed controls (+0.5 kB) and memoized log rows:
  // 34.7 kB. Issue 14's second half (one read of a short call through MSE, standing by until Play, the
  // streamed lanes' own canvas) added 0.4 kB: 35.1 kB. Issue 15's call review added 5.4 kB: the
  // conversation analysis (2.5 kB, loaded when the lanes are complete, or its worker for long calls), the
  // figures, events track, skip silences and moment link (2.2 kB), the transcript's answers, events and
  // words (0.5 kB), and their English words (0.25 kB, which the log alone carries too), then telling a
  // voice heard on the other channel from talking, re-working the figures for a new "slow" line and
  // listing events without a transcript (0.4 kB), and the small modules split out of the engine: 41.1 kB.
  // Issue 21 (fits any container, a player laid out like a player) added 3.0 kB to the player and 0.5 kB
  // to the log: the transport, legend, folding figures section, turn and zoom controls as components of
  // their own, one-tab-stop groups and the remembered fold; the time axis with its spacing, talk density
  // for long calls at "fit" (with the analysis' speech floor, loaded on demand but counted here); the
  // token probe that repaints the lanes and theme="system"; the engine fixes (the clock reads the media
  // while playing, a held wavesurfer seek released, decode errors told apart); the log's folded filters
  // and stacked rows; and their English words. Issue 22 is to make these budgets measure what a page
  // loads up front and cut them; these hold the line where issue 21 left it (+0.1 kB after its review split
  // wavesurfer's creation and the media errors' meaning into modules of their own).
  // The streamed waveform's worker, loaded only for a call over 5 minutes that comes without peaks: 3.3 kB
  // of ours and mpg123-decoder (WASM, 62 kB), which it reads in place (issue 14: half the memory of
  // WebCodecs and three times as fast for an hour). Inline, so it cannot share the decoder chunk. Issue 22's
  // one recording reader (refusals, Range resume, Range ignored, for all three readers) added 0.04 kB here.
  { name: 'Peaks worker (loaded on demand)', path: 'dist/player/stream/peaks.worker.ts_worker_inline.js', limit: '68.2 kB', gzip: true },
  // The conversation analysis' worker, made only for calls over 10 minutes (the analysis, inlined).
  { name: 'Analysis worker (loaded on demand)', path: 'dist/analysis/analysis.worker.ts_worker_inline.js', limit: '3.2 kB', gzip: true },
];

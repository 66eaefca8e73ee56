// Size budgets of the library's own code (peers, wavesurfer.js, Radix and the WASM decoder excluded),
// minified and gzipped, checked by `npm test`. The figures include the streaming-waveform code that
// the player loads on demand; what a page loads up front is smaller (see BENCHMARKS.md / README).
const ignore = ['react', 'react-dom', '@tanstack/react-query', 'wavesurfer.js', '@radix-ui/react-tabs', 'mpg123-decoder'];
const check = (name, names, limit) => ({
  name, path: 'dist/index.js', import: `{ ${names} }`, ignore, limit, gzip: true,
  modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
});

export default [
  // Issue 12 aimed at 24 kB for the three; the URL owner (lifetime evidence, spare URL, wake-up checks)
  // and the split engine cost more than the removed wrappers saved: 26.6 → 28.9 kB (BENCHMARKS.md).
  check('StereoRecordingPlayer, CallLogTable and CallDetailPanel', 'StereoRecordingPlayer, CallLogTable, CallDetailPanel', '29.2 kB'),
  check('CallLogTable alone', 'CallLogTable', '9.5 kB'),
  check('StereoRecordingPlayer alone', 'StereoRecordingPlayer', '21.2 kB'),
  check('CallDetailPanel alone', 'CallDetailPanel', '24.2 kB'),
];

// Size budgets of the library's own code (peers, wavesurfer.js, Radix and the WASM decoder excluded),
// minified and gzipped, checked by `npm test`. The figures include the streaming-waveform code that
// the player loads on demand; what a page loads up front is smaller (see BENCHMARKS.md / README).
const ignore = ['react', 'react-dom', '@tanstack/react-query', 'wavesurfer.js', '@radix-ui/react-tabs', 'mpg123-decoder'];
const check = (name, names, limit) => ({
  name, path: 'dist/index.js', import: `{ ${names} }`, ignore, limit, gzip: true,
  modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
});

export default [
  check('StereoRecordingPlayer, CallLogTable and CallDetailPanel', 'StereoRecordingPlayer, CallLogTable, CallDetailPanel', '27 kB'),
  check('CallLogTable alone', 'CallLogTable', '9.5 kB'),
  check('StereoRecordingPlayer alone', 'StereoRecordingPlayer', '19.5 kB'),
  check('CallDetailPanel alone', 'CallDetailPanel', '22 kB'),
];

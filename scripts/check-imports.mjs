#!/usr/bin/env node
// Each component imports alone: bundling just one of them from the built package must not pull in
// the others, and CallLogTable must not pull in wavesurfer.js or any player code.
import { build } from 'esbuild';

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@radix-ui/*'];
const RULES = {
  CallLogTable: { mustNot: ['wavesurfer.js', 'dist/player/', 'dist/call-detail/'] },
  StereoRecordingPlayer: { mustNot: ['dist/call-log/CallLogTable', 'dist/call-detail/'] },
  CallDetailPanel: { mustNot: ['dist/call-log/CallLogTable', 'dist/call-detail/CallLogs'] },
};

let failed = false;
for (const [name, { mustNot }] of Object.entries(RULES)) {
  const result = await build({
    stdin: { contents: `export { ${name} } from './dist/index.js';`, resolveDir: process.cwd(), loader: 'js', sourcefile: 'entry.js' },
    bundle: true, format: 'esm', write: false, metafile: true, external: PEERS, logLevel: 'error',
    // wavesurfer.js stays in the graph so that pulling it in shows up.
    plugins: [{ name: 'mark-wavesurfer', setup: (b) => b.onResolve({ filter: /^wavesurfer\.js/ }, (a) => ({ path: `wavesurfer.js:${a.path}`, external: true })) }],
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.keys(output.inputs);
  const externals = output.imports.map((i) => i.path);
  const found = mustNot.filter((m) => inputs.some((i) => i.includes(m)) || externals.some((e) => e.includes(m)));
  if (found.length) {
    failed = true;
    console.error(`✗ ${name} pulls in ${found.join(', ')}`);
  } else {
    console.log(`✓ ${name} imports alone (${inputs.filter((i) => i.includes('dist/')).length} modules; none of ${mustNot.join(', ')})`);
  }
}
// The server entries: Node only, no React, no DOM, none of the components.
const NODE_ENTRIES = { './dist/peaks/index.js': [], './dist/peaks/s3.js': ['@aws-sdk/client-s3'], './dist/peaks/cli.js': [] };
for (const [entry, allowed] of Object.entries(NODE_ENTRIES)) {
  const result = await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'error',
    external: ['mpg123-decoder', ...allowed],
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.keys(output.inputs);
  const externals = output.imports.filter((i) => i.external).map((i) => i.path);
  const bad = [
    ...externals.filter((e) => !e.startsWith('node:') && e !== 'mpg123-decoder' && !allowed.includes(e)),
    ...inputs.filter((i) => /react|wavesurfer|radix|dist\/(call-|player\/engine|player\/Stereo|theme|shared)/.test(i)),
  ];
  // A DOM global read anywhere in the bundle would fail under Node.
  const text = result.outputFiles[0].text;
  const dom = ['document.', 'window.', 'HTMLElement', 'requestAnimationFrame'].filter((g) => text.includes(g));
  if (bad.length || dom.length) {
    failed = true;
    console.error(`✗ ${entry} pulls in ${[...bad, ...dom].join(', ')}`);
  } else {
    console.log(`✓ ${entry}: Node only (${inputs.length} modules; imports ${[...new Set(externals)].join(', ')})`);
  }
}
if (failed) process.exit(1);

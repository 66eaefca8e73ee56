#!/usr/bin/env node
// Each component imports alone: bundling just one of them from the built package must not pull in
// the others, and CallLogTable must not pull in wavesurfer.js or any player code.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

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

// The source's own arrows: no import circle (type imports count: they tie two files' meanings together),
// and no layer reaching up into one that builds on it. What two layers share sits below both.
const ARROWS_UP = [
  ['queries/', ['call-log/', 'call-detail/', 'player/', 'shared/']],
  ['signed-url/', ['shared/', 'player/', 'call-log/', 'call-detail/']],
  ['adapter/', ['shared/', 'player/', 'call-log/', 'call-detail/', 'queries/']],
  ['audio/', ['shared/', 'player/', 'peaks/', 'theme/']],
  ['net/', ['shared/', 'player/', 'theme/']],
  ['player/', ['peaks/', 'call-log/', 'call-detail/']],
  // The engine is the core every feature attaches to; a feature reaches the parts only for what every
  // part shares (the context and its hooks).
  ['player/engine/', ['player/features/', 'player/parts/', 'player/Stereo', 'player/use']],
  ['player/features/', ['player/parts/', 'player/Stereo'], ['player/parts/context']],
  // The log's row player is an assembly of the player's public parts (LAYOUT.md): those, and the icons
  // they share, are the only way into player/.
  ['call-log/', ['player/', 'call-detail/'], ['player/parts/', 'player/icons']],
];
const files = readdirSync('src', { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
const graph = new Map();
for (const file of files) {
  const text = readFileSync(join('src', file), 'utf8');
  const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'(\.[^']+)'/g)].map(([, spec]) =>
    normalize(join(dirname(file), spec)).replace(/\.js$/, '').replace(/\\/g, '/'));
  graph.set(file.replace(/\.tsx?$/, ''), targets);
}
for (const [file, targets] of graph) {
  for (const [from, banned, allowed = []] of ARROWS_UP) {
    if (!file.startsWith(from)) continue;
    for (const target of targets) {
      const hit = !allowed.some((a) => target.startsWith(a)) && banned.find((b) => target.startsWith(b));
      if (hit) {
        failed = true;
        console.error(`✗ src/${file} imports src/${target}: ${from} must not reach up into ${hit}`);
      }
    }
  }
}
const state = new Map();
const stack = [];
const visit = (node) => {
  state.set(node, 'open');
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (!graph.has(next)) continue;
    if (state.get(next) === 'open') {
      failed = true;
      console.error(`✗ import circle: ${[...stack.slice(stack.indexOf(next)), next].map((n) => `src/${n}`).join(' → ')}`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, 'done');
};
for (const node of graph.keys()) if (!state.has(node)) visit(node);
if (!failed) console.log(`✓ src: ${graph.size} modules, no import circle, no arrow up a layer`);
if (failed) process.exit(1);

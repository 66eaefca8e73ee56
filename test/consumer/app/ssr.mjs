// Server rendering in plain Node: import the package and render each component to a string, while
// recording every read of a browser global. None may come from our package, at import or at render;
// the dependencies' own `typeof window` feature checks (TanStack Query, Radix) are listed, not failed.
const BROWSER_GLOBALS = [
  'window', 'document', 'self', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'HTMLMediaElement', 'Element',
  'AudioContext', 'OfflineAudioContext', 'AudioDecoder', 'Worker', 'matchMedia', 'requestAnimationFrame', 'ResizeObserver',
  'MutationObserver', 'getComputedStyle', 'customElements', 'Audio',
];
const ours = [];
const theirs = new Set();
for (const name of BROWSER_GLOBALS) {
  if (name in globalThis) throw new Error(`${name} already exists in this Node`);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const caller = new Error().stack.split('\n')[2] ?? '';
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(caller)?.[1] ?? 'app';
      if (pkg === '@talkturo/components-react') ours.push(`${name} (${caller.trim()})`);
      else theirs.add(`${name} by ${pkg}`);
      return undefined;
    },
  });
}

const { createElement: h } = await import('react');
const { renderToString } = await import('react-dom/server');
const lib = await import('@talkturo/components-react');
const afterImport = [...ours];

const adapter = lib.createMemoryAdapter({ calls: 5, seed: 3 });
const html = [
  renderToString(h(lib.CallsProvider, { adapter }, h(lib.StereoRecordingPlayer, { callId: 'any' }))),
  renderToString(h(lib.CallsProvider, { adapter }, h(lib.CallLogTable, {}))),
  renderToString(h(lib.CallsProvider, { adapter }, h(lib.CallDetailPanel, { callId: 'any' }))),
  renderToString(h(lib.CallsProvider, { adapter }, h(lib.CallLogs, {}))),
];
const afterRender = ours.slice(afterImport.length);
for (const [i, markup] of html.entries()) if (!markup.includes('data-talkturo-root')) throw new Error(`component ${i} rendered no root: ${markup.slice(0, 200)}`);
if (afterImport.length || afterRender.length) {
  throw new Error(`browser globals touched: at import [${afterImport.join(', ')}], at render [${afterRender.join(', ')}]`);
}
console.log(`SSR with React ${(await import('react')).version}: 4 components rendered (${html.map((m) => m.length).join(', ')} chars), no browser global read by our code (dependencies' checks: ${[...theirs].join(', ') || 'none'})`);

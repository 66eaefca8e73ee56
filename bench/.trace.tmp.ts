// Scratch: where main-thread time goes while the hour plays, per setup (trace events by name, top-level).
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { findChromium } from '../scripts/chromium.mjs';
import { isLoopbackOrigin, startDemoBackend } from '../demo/backend/server';
import { execFileSync } from 'node:child_process';
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const chromiumPath = findChromium()!;
const outDir = here('./.out-trace');
if (!process.env.SKIP_BUILD) {
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
await build({
  resolve: { alias: [
    { find: /^@talkturo\/components-react\/styles\.css$/, replacement: here('../dist/styles.css') },
    { find: /^@talkturo\/components-react$/, replacement: here('../dist/index.js') },
  ] },
  root: here('.'), configFile: here('../vite.config.ts'), mode: 'bench', base: './', logLevel: 'warn',
  build: { lib: false, outDir, emptyOutDir: true, sourcemap: false, rolldownOptions: { input: { playing: here('./playing/index.html') } } },
});
}
const server = await preview({ root: here('.'), configFile: false, build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const base = server.resolvedUrls!.local[0]!;
const backend = await startDemoBackend({ urlLifetimeSeconds: 600, calls: 200, allowOrigin: isLoopbackOrigin });
const api = backend.url;
await fetch(`${api}/api/calls/hour-long-with-peaks/recording?accountSlug=demo`, { headers: { Authorization: 'Bearer demo-token' } });
const setups = (process.argv[2] ?? 'wavesurfer,player,parts').split(',');
for (const setup of setups) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--autoplay-policy=no-user-gesture-required'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}playing/index.html`);
  await page.waitForFunction(() => typeof (window as any).benchMount === 'function');
  await page.evaluate((o) => (window as any).benchMount(o), { setup, api, callId: 'hour-long-with-peaks', turns: setup === 'panel' ? 2000 : 0 });
  if (process.env.STYLE) await page.addStyleTag({ content: process.env.STYLE });
  await new Promise((r) => setTimeout(r, 1500));
  await page.evaluate(() => (window as any).benchPlay());
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
  await new Promise((r) => setTimeout(r, 8000));
  await cdp.send('Tracing.end');
  await done;
  // the renderer main thread: the thread with most RunTask
  const byThread = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask' && e.dur) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = [...byThread].filter(([k]) => names.get(k) === 'CrRendererMain').sort((a, b) => b[1] - a[1])[0]![0];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const total = tasks.reduce((s, e) => s + e.dur, 0);
  // self time by event name (children subtracted)
  mine.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map<string, number>(); const count = new Map<string, number>();
  const stack: any[] = [];
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const key = e.name + (e.name === 'FunctionCall' ? ` ${e.args?.data?.functionName || ''}@${(e.args?.data?.url || '').split('/').pop()}:${e.args?.data?.lineNumber}` : e.name === 'EventDispatch' ? ` ${e.args?.data?.type}` : e.name === 'TimerFire' ? '' : '');
    self.set(key, (self.get(key) ?? 0) + e.dur);
    count.set(key, (count.get(key) ?? 0) + 1);
    if (parent) { const pk = parent.__key; self.set(pk, (self.get(pk) ?? 0) - e.dur); }
    e.__key = key;
    stack.push(e);
  }
  const paints = new Map<string, [number, number]>();
  for (const e of mine) if (e.name === 'Paint') { const d = e.args?.data ?? {}; const k = `node ${d.nodeId} layer ${d.layerId} clip ${(d.clip ?? []).map((v: number) => Math.round(v)).join(',')}`; const p = paints.get(k) ?? [0, 0]; p[0]++; p[1] += e.dur; paints.set(k, p); }
  const nodeIds = [...new Set(mine.filter((e) => e.name === 'Paint').map((e) => e.args?.data?.nodeId))];
  console.log('paints by node/clip:'); for (const [k, [c, d]] of [...paints].sort((a, b) => b[1][1] - a[1][1]).slice(0, 8)) console.log('   ', c, (d / 1000).toFixed(1), 'ms', k);
  const described = await Promise.all(nodeIds.slice(0, 10).map(async (id) => { try { const r: any = await cdp.send('DOM.describeNode', { backendNodeId: id }); return `${id}: ${r.node.nodeName} ${JSON.stringify(r.node.attributes ?? [])}`.slice(0, 200); } catch { return `${id}: ?`; } }));
  console.log(described.join('\n'));
  console.log(`\n== ${setup}: RunTask total ${(total / 1000).toFixed(0)} ms in 8 s (${(total / 80000).toFixed(2)} %), tasks ${tasks.length}`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.TOP ?? 22))) console.log((v / 1000).toFixed(1).padStart(8), 'ms', String(count.get(k)).padStart(5), k);
  await browser.close();
}
await server.close(); await backend.close?.();
process.exit(0);

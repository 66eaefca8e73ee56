import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { findChromium } from '../scripts/chromium.mjs';
import { isLoopbackOrigin, startDemoBackend } from '../demo/backend/server';
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const server = await preview({ root: here('.'), configFile: false, build: { outDir: here('./.out-trace') }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const base = server.resolvedUrls!.local[0]!;
const backend = await startDemoBackend({ urlLifetimeSeconds: 600, calls: 200, allowOrigin: isLoopbackOrigin });
const api = backend.url;
for (const setup of (process.argv[2] ?? 'wavesurfer,player,parts').split(',')) {
  const browser = await chromium.launch({ executablePath: findChromium()!, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--autoplay-policy=no-user-gesture-required'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}playing/index.html`);
  await page.waitForFunction(() => typeof (window as any).benchMount === 'function');
  await page.evaluate((o) => (window as any).benchMount(o), { setup, api, callId: 'hour-long-with-peaks' });
  await new Promise((r) => setTimeout(r, 1500));
  await page.evaluate(() => (window as any).benchPlay());
  await new Promise((r) => setTimeout(r, 1000));
  let layers: any[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (e: any) => { if (e.layers) layers = e.layers; });
  await cdp.send('LayerTree.enable');
  await new Promise((r) => setTimeout(r, 1500));
  const drawn = layers.filter((l) => l.drawsContent);
  console.log(`\n== ${setup}: ${layers.length} layers, ${drawn.length} draw`);
  for (const l of drawn) {
    const r = await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId }).catch(() => ({ compositingReasons: [] as string[] }));
    console.log(`  ${l.width}x${l.height} @${l.offsetX},${l.offsetY} paints=${l.paintCount} node=${l.backendNodeId ?? ''} ${(r as any).compositingReasons?.join(',')}`);
  }
  // what repaints: count paint rects over 1 s
  const rects = await page.evaluate(() => document.querySelectorAll('canvas').length);
  console.log('  canvases', rects);
  await browser.close();
}
await server.close(); process.exit(0);

// The server entry as an installed package: `@talkturo/components-react/peaks` in plain Node loads no
// React and reads no browser global; `npx talkturo-peaks` writes the same JSON as computePeaks.
import { execFileSync } from 'node:child_process';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

// Every module the import loads, as resolved URLs.
const { port1, port2 } = new MessageChannel();
const loaded = [];
port1.on('message', (url) => loaded.push(url));
port1.unref();
register(`data:text/javascript,${encodeURIComponent(`
  let port;
  export function initialize(data) { port = data.port; }
  export async function resolve(specifier, context, next) {
    const result = await next(specifier, context);
    port.postMessage(result.url);
    return result;
  }`)}`, { data: { port: port2 }, transferList: [port2] });

const BROWSER_GLOBALS = ['window', 'document', 'HTMLElement', 'AudioContext', 'AudioDecoder', 'requestAnimationFrame', 'getComputedStyle', 'localStorage'];
const reads = [];
for (const name of BROWSER_GLOBALS) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const caller = new Error().stack.split('\n')[2] ?? '';
      reads.push(`${name} (${caller.trim()})`);
      return undefined;
    },
  });
}

const { computePeaks } = await import('@talkturo/components-react/peaks');
// The consumer run copies the repository's short demo recording beside this script (the package ships none).
const mp3 = fileURLToPath(new URL('./call-short.mp3', import.meta.url));
const peaks = await computePeaks(mp3, { bits: 8, pixelsPerSecond: 50 });
await new Promise((resolve) => setTimeout(resolve, 50)); // the loader's last messages
const react = loaded.filter((url) => /\/node_modules\/(react|react-dom|@tanstack|wavesurfer\.js|@radix-ui)\//.test(url));
if (react.length) throw new Error(`the peaks entry loaded ${react.join(', ')}`);
const ours = reads.filter((r) => r.includes('@talkturo/components-react'));
if (ours.length) throw new Error(`the peaks entry read browser globals: ${ours.join(', ')}`);
if (peaks.version !== 2 || peaks.channels !== 2 || peaks.length < 900) throw new Error(`unexpected peaks: ${JSON.stringify({ ...peaks, data: peaks.data.length })}`);

const cli = JSON.parse(execFileSync('npx', ['--no-install', 'talkturo-peaks', mp3, '--bits', '8', '--pps', '50'], { maxBuffer: 1 << 26 }).toString());
if (JSON.stringify(cli) !== JSON.stringify(peaks)) throw new Error('npx talkturo-peaks wrote other JSON than computePeaks');
const piped = execFileSync('sh', ['-c', `cat "${mp3}" | npx --no-install talkturo-peaks --bits 8 --pps 50`], { maxBuffer: 1 << 26 }).toString();
if (piped !== `${JSON.stringify(peaks)}\n`) throw new Error('talkturo-peaks on stdin wrote other JSON');
console.log(`peaks entry: ${loaded.length} modules, no React, no browser globals by us; ${peaks.length} points; CLI (file and stdin) matches`);

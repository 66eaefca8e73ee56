#!/usr/bin/env node
// Consumer tests: `npm pack`, then fresh host apps in a temporary folder install the tarball — a Vite +
// React 19 app and a React 18 app — and each renders the three components against the demo backend in
// Chromium and plays a recording; each also server-renders them in plain Node (ssr.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from '../../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const log = (...a) => console.log('[consumer]', ...a);
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } }).toString();
  } catch (error) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}
const VARIANTS = [
  { name: 'vite-react-19', react: '19.3.1' },
  { name: 'vite-react-18', react: '18.3.1' },
];

const work = mkdtempSync(join(tmpdir(), 'talkturo-consumers-'));
const children = [];
const stopAll = () => children.forEach((c) => { try { process.kill(-c.pid, 'SIGTERM'); } catch {} });
let browser;
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], repo));
  const tarball = join(work, packed.filename);
  log(`packed ${packed.filename}`);

  const api = await startChild('npx', ['tsx', 'test/consumer/backend.ts'], repo, (line) => line.startsWith('{') && JSON.parse(line).url);
  const list = await (await fetch(`${api}/api/calls?accountSlug=demo&limit=50`, { headers: { Authorization: 'Bearer demo-token' } })).json();
  const call = list.data.find((c) => c.recording === 'available' && c.duration_seconds < 30);
  if (!call) throw new Error('no short call with a recording in the demo data');

  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });

  for (const variant of VARIANTS) {
    const dir = join(work, variant.name);
    cpSync(fileURLToPath(new URL('./app', import.meta.url)), dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
      name: variant.name, private: true, type: 'module',
      dependencies: {
        '@talkturo/components-react': `file:${tarball}`, '@tanstack/react-query': '^5.0.0',
        react: variant.react, 'react-dom': variant.react,
      },
      devDependencies: { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0' },
    }, null, 2));
    log(`${variant.name}: npm install`);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    log(`${variant.name}: ${run('node', ['ssr.mjs'], dir).trim()}`);
    run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);
    const assets = readdirSync(join(dir, 'dist/assets'));
    log(`${variant.name}: built ${assets.filter((a) => a.endsWith('.js')).length} JS files`);
    const port = await freePort();
    await startChild('npx', ['--no-install', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], dir, (line) => line.includes(`${port}`) && `http://127.0.0.1:${port}`);
    await checkInBrowser(variant.name, `http://127.0.0.1:${port}/?api=${encodeURIComponent(api)}&call=${call.id}&long=hour-long-streamed`);
  }
  log('all consumer apps passed');
} finally {
  await browser?.close();
  stopAll();
  if (!process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
}

async function checkInBrowser(name, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url);
  const standalone = page.getByRole('region', { name: 'Standalone player' });
  await page.getByRole('grid', { name: 'Call log' }).getByRole('row').nth(3).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-talkturo-player][data-waveform="ready"]').length >= 2, null, { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Transcript' }).waitFor();
  // The hour-long call without peaks streams its waveform through the worker the app's bundler built.
  await page.waitForFunction(() => /streaming|ready/.test(document.querySelectorAll('[data-talkturo-player]')[1]?.getAttribute('data-waveform') ?? ''), null, { timeout: 30_000 });
  await standalone.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => {
    const slider = document.querySelector('[data-talkturo-player] input[type="range"]');
    return slider && Number(slider.value) > 0.5;
  }, null, { timeout: 15_000 });
  const state = await standalone.locator('[data-talkturo-player]').getAttribute('data-state');
  const hostErrors = await page.evaluate(() => window.hostErrors);
  if (state !== 'playing') problems.push(`the standalone player is ${state}, not playing`);
  problems.push(...hostErrors.map((e) => `onError: ${e}`));
  await page.close();
  if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  log(`${name}: table, panel and players rendered; a recording played; the long one streams its waveform`);
}

function startChild(cmd, args, cwd, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${cmd} ${args.join(' ')} did not start:\n${output}`)), 60_000);
    const onData = (data) => {
      output += data;
      for (const line of output.split('\n')) {
        const value = (() => { try { return ready(line.replace(/\x1b\[[0-9;]*m/g, '')); } catch { return false; } })();
        if (value) {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          return resolve(value);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => reject(new Error(`${cmd} exited with ${code}:\n${output}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

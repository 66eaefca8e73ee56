#!/usr/bin/env node
// Consumer tests: `npm pack`, then fresh host apps in a temporary folder install the tarball — a Vite +
// React 19 app, a React 18 app and a Next.js app-router app — and each renders the three components
// against the demo backend in Chromium and plays a recording; the Vite apps also server-render them in
// plain Node (ssr.mjs); the Next.js app is built and started as in production, and must hydrate with
// no error or warning.
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
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error', NEXT_TELEMETRY_DISABLED: '1' } }).toString();
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
    cpSync(join(repo, 'src/adapter/fixtures/call-short.mp3'), join(dir, 'call-short.mp3'));
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
    log(`${variant.name}: ${run('node', ['server-peaks.mjs'], dir).trim()}`);
    run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);
    const assets = readdirSync(join(dir, 'dist/assets'));
    log(`${variant.name}: built ${assets.filter((a) => a.endsWith('.js')).length} JS files`);
    const port = await freePort();
    await startChild('npx', ['--no-install', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], dir, (line) => line.includes(`${port}`) && `http://127.0.0.1:${port}`);
    await checkInBrowser(variant.name, `http://127.0.0.1:${port}/?api=${encodeURIComponent(api)}&call=${call.id}&long=hour-long-streamed`);
  }
  await nextApp(tarball, api, call.id);
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
  if (state !== 'playing') problems.push(`the standalone player is ${state}, not playing`);
  // The player of parts, from the same package: its lanes drawn, and it plays (the first stops).
  const parts = page.getByRole('region', { name: 'Player of parts' });
  await parts.locator('[data-talkturo-player][data-waveform="ready"]').waitFor({ timeout: 30_000 });
  await parts.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => Number(document.querySelector('[aria-label="Player of parts"] input[type="range"]')?.value) > 0.5, null, { timeout: 15_000 });
  const partsState = await parts.locator('[data-talkturo-player]').getAttribute('data-state');
  if (partsState !== 'playing') problems.push(`the player of parts is ${partsState}, not playing`);
  const hostErrors = await page.evaluate(() => window.hostErrors);
  problems.push(...hostErrors.map((e) => `onError: ${e}`));
  await page.close();
  if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  log(`${name}: table, panel, players and a player of parts rendered; recordings played; the long one streams its waveform`);
}

/** A Next.js app-router host: a server-component page importing the components, `next build`, `next start`. */
async function nextApp(tarball, api, callId) {
  const dir = join(work, 'next-app-router');
  cpSync(fileURLToPath(new URL('./next-app', import.meta.url)), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'next-app-router', private: true,
    dependencies: {
      '@talkturo/components-react': `file:${tarball}`, '@tanstack/react-query': '^5.0.0',
      next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1',
    },
  }, null, 2));
  log('next-app-router: npm install');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  log('next-app-router: next build');
  run('npx', ['--no-install', 'next', 'build'], dir);
  const port = await freePort();
  const base = await startChild('npx', ['--no-install', 'next', 'start', '-H', '127.0.0.1', '-p', String(port)], dir, (line) => /ready|started/i.test(line) && `http://127.0.0.1:${port}`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Hydration mismatches and React warnings arrive as console errors or warnings.
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource') && problems.push(`console ${m.type()}: ${m.text()}`));
  // Failed loads are told apart by address: a host app without a favicon is no problem of ours.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()} for ${r.url()}`));
  const response = await page.goto(`${base}/?api=${encodeURIComponent(api)}&call=${callId}`);
  if (!response?.ok()) problems.push(`the page answered ${response?.status()}`);
  // Server-rendered markup is there before any script runs.
  const html = await response.text();
  if (!html.includes('data-talkturo-player')) problems.push('the player was not server-rendered');
  // The call was prefetched on the server: the panel's first HTML already holds its transcript, not "Loading call…".
  const panelHtml = html.slice(html.indexOf('aria-label="Prefetched call"'));
  if (!/data-talkturo-panel="" data-call-id="[^"]+" data-state="ready"/.test(panelHtml)) problems.push('the prefetched call was not server-rendered with its data');
  if (!panelHtml.includes('data-part="transcript"')) problems.push('the prefetched call\'s transcript was not server-rendered');
  const standalone = page.getByRole('region', { name: 'Standalone player' });
  await page.getByRole('grid', { name: 'Call log' }).getByRole('row').nth(3).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-talkturo-player][data-waveform="ready"]').length >= 2, null, { timeout: 30_000 });
  await standalone.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-talkturo-player] input[type="range"]')?.value) > 0.5, null, { timeout: 15_000 });
  const state = await standalone.locator('[data-talkturo-player]').getAttribute('data-state');
  if (state !== 'playing') problems.push(`the standalone player is ${state}, not playing`);
  await page.close();
  if (problems.length) throw new Error(`next-app-router:\n  ${problems.join('\n  ')}`);
  log('next-app-router: a call prefetched on the server (HydrationBoundary) server-rendered with its transcript, hydrated without errors or warnings; table, panel and player work; a recording played');
}

function startChild(cmd, args, cwd, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
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

// Starts the real demo backend (API + embedded S3) once for the browser tests, with a short URL
// lifetime so expiry can be watched within a test.
import type { TestProject } from 'vitest/node';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { serveBytes } from './serveBytes';
import { isLoopbackOrigin, startDemoBackend, DEMO_ACCOUNT, DEMO_TOKEN } from '../../demo/backend/server';

/** Storage that sends no CORS headers: the audio plays, but the page may not read its samples. */
async function startStorageWithoutCors() {
  const bytes = readFileSync(new URL('../../src/adapter/fixtures/call-short.mp3', import.meta.url));
  const server = createServer((req, res) => serveBytes(req, res, bytes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}/call-short.mp3`, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

/**
 * The demo backend in a process of its own whose whole clock (API, URL signer, S3) is `offsetSeconds`
 * off the browser's, as a backend with a wrong clock is: only its own process can move its Date.
 */
async function startSkewedBackend(offsetSeconds: number, lifetimeSeconds: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../demo/backend/serve.ts', import.meta.url))], {
    env: { ...process.env, TALKTURO_CLOCK_OFFSET: String(offsetSeconds), TALKTURO_URL_LIFETIME: String(lifetimeSeconds), TALKTURO_CALLS: '20' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the skewed demo backend exited (${code})`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { url, close: () => (child.kill('SIGTERM'), stopped) };
}

export default async function setup(project: TestProject) {
  // 2 s for the storage tests, 3 s for the player's (as its issue asks).
  // Without peaks, so the fixtures take the decode path; the hour-long calls keep their own settings.
  const [storage, player] = await Promise.all([2, 3].map((seconds) => startDemoBackend({ urlLifetimeSeconds: seconds, calls: 300, processingMs: 2_000, peaks: false, allowOrigin: isLoopbackOrigin })));
  const info = (url: string, urlLifetimeSeconds: number) => ({ url, account: DEMO_ACCOUNT, token: DEMO_TOKEN, urlLifetimeSeconds });
  const noCors = await startStorageWithoutCors();
  // Server clock 45 s ahead with 5 s URLs; 10 minutes behind with 60 s URLs.
  const [ahead, behind] = await Promise.all([startSkewedBackend(45, 5), startSkewedBackend(-600, 60)]);
  project.provide('skewedBackends', {
    ahead: { ...info(ahead.url, 5), clockOffsetSeconds: 45 },
    behind: { ...info(behind.url, 60), clockOffsetSeconds: -600 },
  });
  project.provide('noCorsRecordingUrl', noCors.url);
  project.provide('demoBackend', info(storage!.url, 2));
  project.provide('playerBackend', info(player!.url, 3));
  return () => Promise.all([storage!.close(), player!.close(), noCors.close(), ahead.close(), behind.close()]);
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
    playerBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
    noCorsRecordingUrl: string;
    skewedBackends: Record<'ahead' | 'behind', { url: string; account: string; token: string; urlLifetimeSeconds: number; clockOffsetSeconds: number }>;
  }
}

// Starts the real demo backend (API + embedded S3) once for the browser tests, with a short URL
// lifetime so expiry can be watched within a test.
import type { TestProject } from 'vitest/node';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { startDemoBackend, DEMO_ACCOUNT, DEMO_TOKEN } from '../../demo/backend/server';

/** Storage that sends no CORS headers: the audio plays, but the page may not read its samples. */
async function startStorageWithoutCors() {
  const bytes = readFileSync(new URL('../../src/adapter/fixtures/call-short.mp3', import.meta.url));
  const server = createServer((req, res) => {
    const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
    res.setHeader('Content-Type', 'audio/mpeg');
    res.setHeader('Accept-Ranges', 'bytes');
    if (!range) return res.end(bytes);
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${bytes.length}`);
    res.end(bytes.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}/call-short.mp3`, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

export default async function setup(project: TestProject) {
  // 2 s for the storage tests, 3 s for the player's (as its issue asks).
  // Without peaks, so the fixtures take the decode path; the hour-long calls keep their own settings.
  const [storage, player] = await Promise.all([2, 3].map((seconds) => startDemoBackend({ urlLifetimeSeconds: seconds, calls: 300, processingMs: 2_000, peaks: false })));
  const noCors = await startStorageWithoutCors();
  project.provide('noCorsRecordingUrl', noCors.url);
  const info = (url: string, urlLifetimeSeconds: number) => ({ url, account: DEMO_ACCOUNT, token: DEMO_TOKEN, urlLifetimeSeconds });
  project.provide('demoBackend', info(storage!.url, 2));
  project.provide('playerBackend', info(player!.url, 3));
  return () => Promise.all([storage!.close(), player!.close(), noCors.close()]);
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
    playerBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
    noCorsRecordingUrl: string;
  }
}

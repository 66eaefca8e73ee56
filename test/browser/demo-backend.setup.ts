// Starts the real demo backend (API + embedded S3) once for the browser tests, with a short URL
// lifetime so expiry can be watched within a test.
import type { TestProject } from 'vitest/node';
import { startDemoBackend, DEMO_ACCOUNT, DEMO_TOKEN } from '../../demo/backend/server';

export default async function setup(project: TestProject) {
  // 2 s for the storage tests, 3 s for the player's (as its issue asks).
  const [storage, player] = await Promise.all([2, 3].map((seconds) => startDemoBackend({ urlLifetimeSeconds: seconds, calls: 300, processingMs: 2_000 })));
  const info = (url: string, urlLifetimeSeconds: number) => ({ url, account: DEMO_ACCOUNT, token: DEMO_TOKEN, urlLifetimeSeconds });
  project.provide('demoBackend', info(storage!.url, 2));
  project.provide('playerBackend', info(player!.url, 3));
  return () => Promise.all([storage!.close(), player!.close()]);
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
    playerBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
  }
}

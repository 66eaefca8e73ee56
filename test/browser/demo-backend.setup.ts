// Starts the real demo backend (API + embedded S3) once for the browser tests, with a short URL
// lifetime so expiry can be watched within a test.
import type { TestProject } from 'vitest/node';
import { startDemoBackend, DEMO_ACCOUNT, DEMO_TOKEN } from '../../demo/backend/server';

export const TEST_URL_LIFETIME_SECONDS = 2;

export default async function setup(project: TestProject) {
  const backend = await startDemoBackend({ urlLifetimeSeconds: TEST_URL_LIFETIME_SECONDS, calls: 300, processingMs: 2_000 });
  project.provide('demoBackend', { url: backend.url, account: DEMO_ACCOUNT, token: DEMO_TOKEN, urlLifetimeSeconds: TEST_URL_LIFETIME_SECONDS });
  return () => backend.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoBackend: { url: string; account: string; token: string; urlLifetimeSeconds: number };
  }
}

// One process: the REST API on an HTTP server, the recordings in an embedded S3 on its own port
// (a second origin, as in production), everything on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { seedCalls } from '../../src/adapter/seed';
import { createApi } from './api';
import { startStorage } from './storage';

export const DEMO_TOKEN = 'demo-token';
export const DEMO_ACCOUNT = 'demo';

export interface DemoBackendOptions {
  host?: string;
  port?: number;
  /** Presigned URL lifetime in seconds; default from TALKTURO_URL_LIFETIME or 60. */
  urlLifetimeSeconds?: number;
  calls?: number;
  processingMs?: number;
  /** Requests the API does not answer go here (the demo page's Vite middleware). */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface DemoBackend {
  url: string;
  storageUrl: string;
  close(): Promise<void>;
}

export function lifetimeFromEnv(): number {
  const raw = process.env.TALKTURO_URL_LIFETIME;
  const n = raw ? Number(raw) : 60;
  if (!Number.isFinite(n) || n < 1) throw new Error(`TALKTURO_URL_LIFETIME must be a number of seconds ≥ 1, got "${raw}"`);
  return Math.round(n);
}

export async function startDemoBackend(options: DemoBackendOptions = {}): Promise<DemoBackend> {
  const host = options.host ?? '127.0.0.1';
  const storage = await startStorage(host);
  for (const name of ['short', 'long'] as const) {
    await storage.put(`recordings/${name}.mp3`, fileURLToPath(new URL(`../../src/adapter/fixtures/call-${name}.mp3`, import.meta.url)));
  }
  const api = createApi({
    calls: seedCalls(options.calls ?? 1000, 1, Date.now()),
    storage,
    accountSlug: DEMO_ACCOUNT,
    token: DEMO_TOKEN,
    urlLifetimeSeconds: options.urlLifetimeSeconds ?? lifetimeFromEnv(),
    processingMs: options.processingMs ?? 10_000,
  });
  const server = createServer((req, res) => {
    api(req, res)
      .then((handled) => {
        if (handled) return;
        if (options.fallback) return options.fallback(req, res);
        res.statusCode = 404;
        res.end('Not found');
      })
      .catch((error: unknown) => {
        console.error(error);
        res.statusCode = 500;
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    storageUrl: storage.endpoint,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}

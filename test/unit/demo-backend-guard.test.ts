// @vitest-environment node
// The demo backend answers its own pages only: the demo token is well known, so any web page (or a
// name that rebinds to 127.0.0.1) must not read or change it while it runs.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoBackend, type DemoBackend } from '../../demo/backend/server';

let backend: DemoBackend;
beforeAll(async () => {
  backend = await startDemoBackend({ calls: 5, urlLifetimeSeconds: 60 });
}, 60_000);
afterAll(() => backend.close());

/** A raw request, so that Host and Origin can be anything (fetch would set Host itself). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown> }> {
  const { port } = new URL(backend.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: headers.method ?? 'GET', headers: { Authorization: 'Bearer demo-token', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo backend guards', () => {
  const own = () => new URL(backend.url).host;

  it('answers its own origin, and requests without one (curl, servers)', async () => {
    const same = await get('/api/calls?accountSlug=demo', { Host: own(), Origin: backend.url });
    expect(same.status).toBe(200);
    expect(same.headers['access-control-allow-origin']).toBe(backend.url);
    expect((await get('/api/calls?accountSlug=demo', { Host: own() })).status).toBe(200);
  });

  it.each([
    ['a page on another site', { Origin: 'https://evil.example' }],
    ['another local port', { Origin: 'http://127.0.0.1:1' }],
    ['a preflight from another site', { Origin: 'https://evil.example', method: 'OPTIONS' }],
  ])('refuses %s, with no CORS headers', async (_name, headers) => {
    const res = await get('/api/calls?accountSlug=demo', { Host: own(), ...headers });
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    expect((await get('/api/calls?accountSlug=demo', { Host: `rebind.example:${new URL(backend.url).port}` })).status).toBe(421);
  });

  it('answers 400 to a malformed path', async () => {
    expect((await get('/api/%', { Host: own() })).status).toBe(400);
    expect((await get('/api/calls/%E0%A4%A', { Host: own() })).status).toBe(400);
  });
});

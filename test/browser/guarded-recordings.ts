// Same-origin recording routes on the test page's own server, guarded as real deployments guard them:
// - /__guarded/cookie.mp3 serves only requests that carry the session cookie (a cookie-protected proxy);
// - /__guarded/media-only.mp3 serves the media element but refuses plain fetches (a fetch-only rule);
// - /__counted/<short|long>.mp3?k=<key> serves a fixture and counts the requests and bytes for <key>
//   (read back as JSON from /__counted/stats?k=<key>); `cut=<bytes>` drops the first plain fetch's
//   connection after that many bytes, as a network that fails mid-download does.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { serveBytes } from './serveBytes';

export interface StorageCount {
  requests: number;
  bytes: number;
  /** Requests by who made them: `audio` for the media element, `empty` for fetch(). */
  by: Record<string, number>;
}

export function guardedRecordings(): Plugin {
  const bytes = readFileSync(new URL('../../src/adapter/fixtures/call-short.mp3', import.meta.url));
  const fixtures: Record<string, Buffer> = { short: bytes, long: readFileSync(new URL('../../src/adapter/fixtures/call-long.mp3', import.meta.url)) };
  const counts = new Map<string, StorageCount>();
  return {
    name: 'talkturo-guarded-recordings',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://local');
        if (!url.pathname.startsWith('/__counted/')) return next();
        const key = url.searchParams.get('k') ?? '';
        const count = counts.get(key) ?? { requests: 0, bytes: 0, by: {} };
        counts.set(key, count);
        if (url.pathname === '/__counted/stats') {
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-store');
          return res.end(JSON.stringify(count));
        }
        const fixture = fixtures[url.pathname.slice('/__counted/'.length).replace(/\.mp3$/, '')];
        if (!fixture) return next();
        const dest = String(req.headers['sec-fetch-dest'] ?? 'unknown');
        count.requests++;
        count.by[dest] = (count.by[dest] ?? 0) + 1;
        const write = res.write.bind(res);
        const end = res.end.bind(res);
        const cut = Number(url.searchParams.get('cut')) || 0;
        const cutThis = cut > 0 && dest === 'empty' && count.by[dest] === 1;
        const counted = (chunk: unknown) => {
          if (chunk && typeof chunk !== 'function') count.bytes += (chunk as Uint8Array).length;
        };
        res.write = ((chunk: Uint8Array, ...rest: never[]) => (counted(chunk), write(chunk, ...rest))) as typeof res.write;
        res.end = ((chunk?: Uint8Array, ...rest: never[]) => {
          if (!cutThis || !chunk || typeof chunk === 'function') return (counted(chunk), end(chunk as never, ...rest));
          // Headers and the first bytes go out, then the connection drops.
          const head = (chunk as Uint8Array).subarray(0, cut);
          counted(head);
          res.setHeader('Content-Length', String((chunk as Uint8Array).length));
          write(head, () => setTimeout(() => req.socket.destroy(), 50));
          return res;
        }) as typeof res.end;
        res.setHeader('Cache-Control', 'no-store');
        serveBytes(req, res, fixture);
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path !== '/__guarded/cookie.mp3' && path !== '/__guarded/media-only.mp3') return next();
        const allowed = path === '/__guarded/cookie.mp3'
          ? /(^|;\s*)tt-session=ok(;|$)/.test(req.headers.cookie ?? '')
          : req.headers['sec-fetch-dest'] === 'audio' || req.headers['sec-fetch-dest'] === 'video';
        if (!allowed) {
          res.statusCode = 403;
          return res.end('Forbidden');
        }
        serveBytes(req, res, bytes);
      });
    },
  };
}

// Same-origin recording routes on the test page's own server, guarded as real deployments guard them:
// - /__guarded/cookie.mp3 serves only requests that carry the session cookie (a cookie-protected proxy);
// - /__guarded/media-only.mp3 serves the media element but refuses plain fetches (a fetch-only rule).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { serveBytes } from './serveBytes';

export function guardedRecordings(): Plugin {
  const bytes = readFileSync(new URL('../../src/adapter/fixtures/call-short.mp3', import.meta.url));
  return {
    name: 'talkturo-guarded-recordings',
    configureServer(server) {
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

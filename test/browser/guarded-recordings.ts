// Same-origin recording routes on the test page's own server, guarded as real deployments guard them:
// - /__guarded/cookie.mp3 serves only requests that carry the session cookie (a cookie-protected proxy);
// - /__guarded/media-only.mp3 serves the media element but refuses plain fetches (a fetch-only rule).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

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
    },
  };
}

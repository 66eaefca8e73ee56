// `npm start`: the demo API, its embedded S3 and the demo dashboard page, all on 127.0.0.1.
import { fileURLToPath } from 'node:url';
import { createServer as createVite } from 'vite';

// The AWS SDK warns at import that future versions need Node 22; it does not affect the demo.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!`${warning.name} ${warning.message}`.includes('NodeVersionSupportWarning')) console.warn(warning);
});
const { clockOffsetFromEnv, installClockOffset } = await import('./backend/clock');
installClockOffset(clockOffsetFromEnv());
const { startDemoBackend, lifetimeFromEnv } = await import('./backend/server');

const port = Number(process.env.PORT ?? 5173);
const root = fileURLToPath(new URL('./page', import.meta.url));
const vite = await createVite({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { middlewareMode: true, hmr: { port: port + 1, host: '127.0.0.1' } },
  appType: 'spa',
});
// Notes made in the demo survive a restart: they are kept in .demo-data/ at the repository's root.
const dataDir = process.env.TALKTURO_DATA_DIR ?? fileURLToPath(new URL('../.demo-data', import.meta.url));
const backend = await startDemoBackend({ port, dataDir, fallback: (req, res) => vite.middlewares(req, res) }).catch(async (error: NodeJS.ErrnoException) => {
  await vite.close();
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on 127.0.0.1 is taken (another demo still running?). Stop it, or run PORT=5180 npm start.`);
    process.exit(1);
  }
  throw error;
});
console.log(`\n  Demo dashboard:  ${backend.url}/`);
console.log(`  API:             ${backend.url}/api/calls?accountSlug=demo  (Authorization: Bearer demo-token)`);
console.log(`  Recordings (S3): ${backend.storageUrl}  (presigned URLs live ${lifetimeFromEnv()} s; TALKTURO_URL_LIFETIME changes it)`);
const offset = clockOffsetFromEnv();
if (offset) console.log(`  Server clock:    ${offset > 0 ? '+' : ''}${offset / 1000} s off this machine's (TALKTURO_CLOCK_OFFSET)`);
console.log('');

const stop = async () => {
  await Promise.allSettled([vite.close(), backend.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

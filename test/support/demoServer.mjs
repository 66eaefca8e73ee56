// `npm start` for the end-to-end checks: the demo (API, embedded S3, dashboard) on a port of their own,
// with short-lived URLs, stopped with its whole process group.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts the demo and resolves once it is listening; `stop()` ends it (safe to call twice). */
export async function startDemo({ port, lifetimeSeconds, timeoutMs = 90_000 }) {
  // Notes the checks make are kept in a folder of their own, never in the developer's .demo-data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'talkturo-e2e-data-'));
  const server = spawn('npx', ['tsx', 'demo/start.ts'], {
    env: { ...process.env, PORT: String(port), TALKTURO_URL_LIFETIME: String(lifetimeSeconds), TALKTURO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!output.includes('Demo dashboard:')) {
    if (Date.now() - started > timeoutMs || server.exitCode !== null) {
      stop();
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base: `http://127.0.0.1:${port}`, stop };
}

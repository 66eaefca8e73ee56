#!/usr/bin/env node
// The dashboard in Firefox ESR and WebKitGTK, beside the Chromium of every other test: `npm start` with
// short-lived URLs, then the same scenario in each engine (scenario.mjs). Audio output goes to a
// PulseAudio null sink (started here when none is running), so media plays as on a desktop.
import { execFileSync } from 'node:child_process';
import { startDemo } from '../support/demoServer.mjs';
import { firefox, webkit } from './drivers.mjs';
import { runScenario, sha256 } from './scenario.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? 5197);
const LIFETIME = 6;
const log = (...a) => console.log('[engines]', ...a);
const only = process.argv.slice(2);

function ensureAudioSink() {
  try {
    execFileSync('pactl', ['info'], { stdio: 'ignore' });
    return () => undefined;
  } catch {}
  execFileSync('pulseaudio', ['-D', '--exit-idle-time=-1', '-n', '--load=module-null-sink sink_name=null', '--load=module-native-protocol-unix'], { stdio: 'ignore' });
  log('started a PulseAudio null sink for audio output');
  return () => {
    try {
      execFileSync('pulseaudio', ['-k'], { stdio: 'ignore' });
    } catch {}
  };
}

const stopSink = ensureAudioSink();
let base = '';
let stopServer = () => undefined;
const api = async (path) => {
  const response = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}accountSlug=demo`, { headers: { Authorization: 'Bearer demo-token' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};
const storageSha = async (callId) => {
  const { url } = await api(`/api/calls/${callId}/recording`);
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { size: bytes.length, sha: sha256(bytes) };
};

let failed = false;
try {
  const demo = await startDemo({ port: PORT, lifetimeSeconds: LIFETIME });
  ({ base } = demo);
  stopServer = demo.stop;
  const { data } = await api('/api/calls?limit=20');
  const short = data.find((c) => c.recording === 'available' && c.duration_seconds < 30)?.id;
  if (!short) throw new Error('no short call with a recording in the demo data');
  for (const [name, open] of [['firefox', firefox], ['webkit', webkit]]) {
    if (only.length && !only.includes(name)) continue;
    const driver = await open();
    log(`${driver.name} ${driver.version}`);
    try {
      await runScenario(driver, { base, short, lifetimeSeconds: LIFETIME, storageSha, callDetail: (id) => api(`/api/calls/${id}`), log });
      log(`${driver.name}: passed`);
    } catch (error) {
      failed = true;
      console.error(`[engines] ${error.message}`);
    } finally {
      await driver.close();
    }
  }
} catch (error) {
  failed = true;
  console.error(`[engines] ${error.stack ?? error}`);
} finally {
  stopServer();
  stopSink();
}
process.exit(failed ? 1 : 0);

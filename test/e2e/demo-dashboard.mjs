#!/usr/bin/env node
// End to end, as a person would: `npm start` with 4-second URLs, the dashboard in Chromium, a
// 3-minute call played across several URL lifetimes, then paused, moved and played again.
import { startDemo } from '../support/demoServer.mjs';
import { chromium } from 'playwright';
import { findChromium } from '../../scripts/chromium.mjs';

const PORT = 5199;
const LIFETIME = 4;
const log = (...a) => console.log('[demo e2e]', ...a);
const fail = (message) => {
  throw new Error(`[demo e2e] ${message}`);
};

let stop = () => undefined;
let browser;
try {
  const demo = await startDemo({ port: PORT, lifetimeSeconds: LIFETIME, timeoutMs: 60_000 });
  stop = demo.stop;
  const { base } = demo;
  const list = await (await fetch(`${base}/api/calls?accountSlug=demo&limit=50`, { headers: { Authorization: 'Bearer demo-token' } })).json();
  const call = list.data.find((c) => c.recording === "available" && c.duration_seconds > 100 && c.duration_seconds < 600);
  if (!call) fail('no 3-minute call in the demo data');

  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.text().startsWith('player:') && problems.push(m.text()));
  await page.goto(base);
  // Find the call as a user would: search for its id, then open it from the log.
  await page.getByRole('searchbox', { name: 'Search calls' }).fill(call.id.slice(0, 13));
  await page.locator(`[role="row"][data-call-id="${call.id}"]`).click();
  const player = page.locator('[data-talkturo-player]');
  await player.locator('[data-part="play"]:not([disabled])').waitFor({ timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  const states = [];
  for (let i = 0; i < 14; i++) {
    await page.waitForTimeout(1000);
    states.push(await player.getAttribute('data-state'));
  }
  const position = async () => Number(await page.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow'));
  const played = await position();
  log(`played to ${played.toFixed(1)} s at 2x over ${states.length} s (${Math.floor(states.length / LIFETIME)} URL lifetimes); states: ${[...new Set(states)].join(', ')}`);
  if (states.some((s) => s !== 'playing')) fail(`playback was interrupted: ${states.join(', ')}`);
  if (played < 20) fail(`playback did not advance enough: ${played}`);

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(LIFETIME * 1000 + 1000);
  const generation = Number(await player.getAttribute('data-url-generation'));
  await page.getByRole('slider', { name: 'Seek' }).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(2000);
  const after = await position();
  if ((await player.getAttribute('data-state')) !== 'playing' || after < played + 15) fail(`did not resume after pause and seek: ${after}`);
  if (await page.getByRole('alert').count()) fail(`an error is shown: ${await page.getByRole('alert').first().textContent()}`);
  if (problems.length) fail(problems.join('\n'));
  log(`resumed at ${after.toFixed(1)} s after a paused expiry; ${generation} signed URLs used so far`);

  // The call's figures and tool calls, and a link to this moment that opens it here again.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('group', { name: 'Conversation figures' }).getByText('Response time').waitFor({ timeout: 20_000 });
  const events = await player.locator('[data-part="events"] button').count();
  if (events < 3) fail(`expected the call's tool calls on the events track, found ${events}`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.getByRole('button', { name: 'Copy link to this moment' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const at = Math.floor(await position());
  if (link !== `${base}/?call=${call.id}&t=${at}`) fail(`copied ${link}, expected the call at ${at} s`);
  const linked = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  linked.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await linked.goto(link);
  await linked.locator('[data-talkturo-player] [data-part="play"]:not([disabled])').waitFor({ timeout: 20_000 });
  const opened = Number(await linked.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow'));
  if (opened !== at) fail(`the link opened the call at ${opened} s, not ${at} s`);
  if (problems.length) fail(problems.join('\n'));
  log(`a link to ${at} s (${link}) opens the call there; ${events} events on its track`);
  await page.screenshot({ path: process.env.DEMO_SCREENSHOT ?? '/tmp/demo-e2e.png' });
  log('passed');
} finally {
  await browser?.close();
  stop();
}

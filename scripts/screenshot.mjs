#!/usr/bin/env node
// node scripts/screenshot.mjs URL OUT.png [clickSelector] [waitMs]: a headless Chromium screenshot.
import { chromium } from 'playwright';
import { findChromium } from './chromium.mjs';

const [url, out, click, wait = '1500'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
await page.goto(url);
if (click) await page.locator(click).first().click();
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
await browser.close();

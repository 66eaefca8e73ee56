// The two engines beside Chromium, each from Debian's packages and driven the way the issue asks:
// Firefox ESR through puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through its
// WebKitWebDriver with webdriverio (classic WebDriver), under a virtual X display. Both expose the same
// small surface to the scenario: go to a URL, run a function in the page, click, drag, pick an option.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const WEBKIT_BROWSERS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'];

export const findMiniBrowser = () => WEBKIT_BROWSERS.find((path) => existsSync(path));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Firefox ESR, headless, autoplay allowed; audio goes to whatever PulseAudio sink is there. */
export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'media.autoplay.default': 0, 'media.autoplay.blocking_policy': 0, 'browser.download.dir': '/tmp' },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    name: 'Firefox',
    errors,
    version: await browser.version(),
    goto: (url) => page.goto(url),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    click: async (selector) => (await page.waitForSelector(selector, { timeout: 20_000 })).click(),
    select: (selector, value) => page.select(selector, value),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
      await page.mouse.up();
    },
    clickAt: (point) => page.mouse.click(point.x, point.y),
    type: async (selector, text) => (await page.waitForSelector(selector, { timeout: 20_000 })).type(text),
    press: (key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser under Xvfb, through WebKitWebDriver (classic WebDriver, as Safari's driver speaks). */
export async function webkit() {
  const { remote } = await import('webdriverio');
  const binary = findMiniBrowser();
  if (!binary) throw new Error('MiniBrowser not found: install Debian\'s webkit2gtk-driver (it brings libwebkit2gtk-4.1)');
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', 'WebKitWebDriver', `--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  driver.stderr.on('data', (d) => (stderr += d));
  const stopDriver = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {}
  };
  // The driver listens once Xvfb is up: wait for its port rather than retrying sessions (which log).
  const { connect } = await import('node:net');
  for (let waited = 0; ; waited += 200) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (waited > 20_000) {
      stopDriver();
      throw new Error(`WebKitWebDriver did not listen on ${port}:\n${stderr}`);
    }
    await sleep(200);
  }
  let b;
  for (let attempt = 0; ; attempt++) {
    try {
      b = await remote({
        hostname: '127.0.0.1', port, logLevel: 'error', connectionRetryCount: 0,
        capabilities: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] }, 'wdio:enforceWebDriverClassic': true },
      });
      break;
    } catch (error) {
      if (attempt > 20) {
        stopDriver();
        throw new Error(`WebKitWebDriver did not start a session: ${error.message}\n${stderr}`);
      }
      await sleep(500);
    }
  }
  await b.setWindowSize(1280, 900).catch(() => undefined);
  const pointer = () => b.action('pointer', { parameters: { pointerType: 'mouse' } });
  return {
    name: 'WebKitGTK',
    errors: [],
    version: String(b.capabilities.browserVersion ?? ''),
    goto: (url) => b.url(url),
    run: (fn, ...args) => b.execute(fn, ...args),
    click: async (selector) => {
      const element = await b.$(selector);
      await element.waitForClickable({ timeout: 20_000 });
      await element.click();
    },
    select: async (selector, value) => (await b.$(selector)).selectByAttribute('value', value),
    drag: async (from, to) => {
      const action = pointer().move({ x: Math.round(from.x), y: Math.round(from.y), origin: 'viewport' }).down();
      for (let i = 1; i <= 10; i++) action.move({ x: Math.round(from.x + ((to.x - from.x) * i) / 10), y: Math.round(from.y + ((to.y - from.y) * i) / 10), origin: 'viewport', duration: 20 });
      await action.up().perform();
    },
    clickAt: (point) => pointer().move({ x: Math.round(point.x), y: Math.round(point.y), origin: 'viewport' }).down().up().perform(),
    type: async (selector, text) => {
      const element = await b.$(selector);
      await element.waitForDisplayed({ timeout: 20_000 });
      await element.addValue(text);
    },
    // WebDriver's code points for the keys the scenario presses.
    press: (key) => b.keys([{ Enter: '\uE007', Escape: '\uE00C' }[key] ?? key]),
    close: async () => {
      await b.deleteSession().catch(() => undefined);
      stopDriver();
    },
  };
}

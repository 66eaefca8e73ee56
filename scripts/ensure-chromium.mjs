#!/usr/bin/env node
// Run before the browser tests: finds Chromium, installs Debian's when root on Debian, else says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let path = findChromium();
if (!path && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!path && isRoot && existsSync('/etc/debian_version')) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium']);
  path = findChromium();
}
if (!path) {
  console.error(`
The browser tests need Chromium, and none was found.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (then set CHROMIUM_PATH to its binary)
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium
`);
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);

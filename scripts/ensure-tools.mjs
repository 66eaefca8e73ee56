#!/usr/bin/env node
// Run before the tests and benchmarks: finds Chromium (browser tests), ffmpeg (the reference decoder
// the server-side peaks are checked against, and their benchmark's peer) and espeak-ng, sox and lame
// (the conversation analysis is tested on speech made with them), and Firefox ESR, WebKitGTK, Xvfb and
// PulseAudio for the other engines' checks. When root on Debian, installs what is
// missing from Debian's packages; otherwise says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

let chromium = findChromium();
if (!chromium && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
const SPEECH_TOOLS = ['espeak-ng', 'sox', 'lame'];
// The other two engines (test/engines): Firefox ESR, WebKitGTK's driver and MiniBrowser under Xvfb, and
// a PulseAudio server for their audio output. Command → Debian package.
const ENGINE_TOOLS = { 'firefox-esr': 'firefox-esr', WebKitWebDriver: 'webkit2gtk-driver', 'xvfb-run': 'xvfb', xauth: 'xauth', pulseaudio: 'pulseaudio', pactl: 'pulseaudio-utils' };
const enginesMissing = [...new Set(Object.entries(ENGINE_TOOLS).filter(([tool]) => !onPath(tool)).map(([, pkg]) => pkg))];
const missing = [...(chromium ? [] : ['chromium']), ...['ffmpeg', ...SPEECH_TOOLS].filter((tool) => !onPath(tool)), ...enginesMissing];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (missing.length && isRoot && existsSync('/etc/debian_version')) {
  console.log(`Not found: ${missing.join(', ')}. Installing Debian's packages (apt-get install -y ${missing.join(' ')})…`);
  const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
  chromium = findChromium();
}
let failed = false;
if (!chromium) {
  failed = true;
  console.error(`
The browser tests need Chromium, and none was found.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (then set CHROMIUM_PATH to its binary)
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium
`);
}
if (!onPath('ffmpeg')) {
  failed = true;
  console.error(`
The server-side peaks tests compare against ffmpeg's decoding, and ffmpeg was not found.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ffmpeg
  macOS:          brew install ffmpeg
`);
}
const speechMissing = SPEECH_TOOLS.filter((tool) => !onPath(tool));
if (speechMissing.length) {
  failed = true;
  console.error(`
The conversation analysis is tested on synthetic speech; not found: ${speechMissing.join(', ')}.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y espeak-ng sox lame
  macOS:          brew install espeak-ng sox lame
`);
}
const engineToolsMissing = Object.keys(ENGINE_TOOLS).filter((tool) => !onPath(tool));
if (engineToolsMissing.length) {
  failed = true;
  console.error(`
The Firefox and WebKit checks need Debian's firefox-esr, webkit2gtk-driver, xvfb, xauth and pulseaudio; not found: ${engineToolsMissing.join(', ')}.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth pulseaudio pulseaudio-utils
`);
}
if (failed) process.exit(1);
console.log(`Using Chromium at ${chromium}, and ffmpeg, espeak-ng, sox, lame, firefox-esr, WebKitWebDriver, xvfb-run and pulseaudio from PATH`);

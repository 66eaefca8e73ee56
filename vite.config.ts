/// <reference types="vitest/config" />
import { cpSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { findChromium } from './scripts/chromium.mjs';
import { captureDownload, emulateColorScheme, emulateTouch, failModules, freezePage, mouseDrag, readDownloadedText, touchDrag } from './test/browser/commands.ts';
import { guardedRecordings } from './test/browser/guarded-recordings.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--autoplay-policy=no-user-gesture-required',
];

const chromium = () =>
  playwright({
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  });

// styles.css ships as a plain file next to the bundle (the demo recordings do not ship: see createMemoryAdapter).
const copyAssets = (): Plugin => ({
  name: 'talkturo-copy-assets',
  apply: 'build',
  closeBundle() {
    cpSync(here('src/theme/styles.css'), here('dist/styles.css'));
    cpSync(here('src/player/stream/no-mp3-decoder.js'), here('dist/player/stream/no-mp3-decoder.js'));
  },
});

const PEERS = [/^node:/, /^@aws-sdk\//, /^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^@tanstack\/react-virtual($|\/)/, /^wavesurfer\.js($|\/)/, /^@radix-ui\//, /^mpg123-decoder$/, /^#mp3-decoder$/];

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'bench' ? [] : [copyAssets()])],
  // Pre-bundled up front, so a browser test run never reloads mid-way with a second copy of React.
  optimizeDeps: {
    include: [
      'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@tanstack/react-query',
      'wavesurfer.js', '@radix-ui/react-tabs', '@testing-library/react', 'axe-core', 'mpg123-decoder',
    ],
  },
  // `mode: 'bench'` builds the benchmark pages as an app; every other build is the library.
  build: mode === 'bench' ? {} : {
    lib: {
      // The components; and the server-only peaks entry, its S3 handler and its CLI.
      entry: { index: here('src/index.ts'), server: here('src/server.ts'), 'peaks/index': here('src/peaks/index.ts'), 'peaks/s3': here('src/peaks/s3.ts'), 'peaks/cli': here('src/peaks/cli.ts') },
      formats: ['es'], fileName: (_format, name) => `${name}.js` },
    // Maps for our own debugging, unreferenced: the package leaves them out, so a comment pointing at one
    // would only make a host's devtools look for a file that is not there.
    sourcemap: 'hidden',
    emptyOutDir: true,
    // One file per module: an app that imports CallLogTable alone gets no player code, no wavesurfer.
    rolldownOptions: { external: PEERS, output: { preserveModules: true, preserveModulesRoot: 'src' } },
  },
  test: {
    // The JSON report feeds the closing line of .ci/run (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [guardedRecordings()],
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          globalSetup: ['test/browser/demo-backend.setup.ts'],
          setupFiles: ['test/browser/setup.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 900 },
            commands: { captureDownload, freezePage, readDownloadedText, emulateTouch, emulateColorScheme, touchDrag, mouseDrag, failModules },
            // Visual baselines are committed beside the tests (failure screenshots stay ignored).
            expect: {
              toMatchScreenshot: {
                resolveScreenshotPath: ({ root, testFileDirectory, arg, browserName, ext }) => `${root}/${testFileDirectory}/baselines/${arg}-${browserName}${ext}`,
              },
            },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: here('.storybook') })],
        test: {
          name: 'storybook',
          browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
        },
      },
    ],
  },
}));

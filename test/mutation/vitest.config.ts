// The unit project alone (jsdom, no browser), as StrykerJS runs it for every mutant. The demo backend's own
// tests start the whole demo (embedded S3, peaks and redaction of an hour of audio), which instrumented
// code makes minutes long; they check the demo, not a module in the mutated set.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { GROUPS } from './groups.mjs';

// A folder may name the tests that check it (groups.mjs); the others run every unit test that reaches it.
const group = GROUPS.find((g) => g.id === process.env.STRYKER_GROUP);

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: group?.tests ?? ['test/unit/**/*.test.{ts,tsx}'],
    exclude: ['test/unit/demo-backend-*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['test/unit/setup.ts'],
  },
});

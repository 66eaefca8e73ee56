// The demo backend as a process of its own (for test pages on this machine), for tests that need its clock moved (TALKTURO_CLOCK_OFFSET)
// without moving the test runner's. Prints one JSON line with its URLs, then runs until killed.
import { clockOffsetFromEnv, installClockOffset } from './clock';

installClockOffset(clockOffsetFromEnv());
process.removeAllListeners('warning');
const { isLoopbackOrigin, startDemoBackend } = await import('./server');
const backend = await startDemoBackend({ calls: Number(process.env.TALKTURO_CALLS ?? 300), peaks: process.env.TALKTURO_PEAKS !== 'never', allowOrigin: isLoopbackOrigin });
console.log(JSON.stringify({ url: backend.url, storageUrl: backend.storageUrl }));
const stop = () => void backend.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// Starts the demo backend for the consumer apps and prints its address as one JSON line.
import { isLoopbackOrigin, startDemoBackend } from '../../demo/backend/server';

const backend = await startDemoBackend({ urlLifetimeSeconds: 30, calls: 60, allowOrigin: isLoopbackOrigin });
console.log(JSON.stringify({ url: backend.url }));
process.on('SIGTERM', () => void backend.close().then(() => process.exit(0)));

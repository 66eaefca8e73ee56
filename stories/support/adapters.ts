// Adapters for the catalogue: the memory adapter with the bundled recordings, and ones that
// misbehave on purpose so every state of a component can be seen.
import shortUrl from '../../src/adapter/fixtures/call-short.mp3?url';
import longUrl from '../../src/adapter/fixtures/call-long.mp3?url';
import { AdapterError, createMemoryAdapter, type CallsAdapter, type MemoryAdapterOptions, type RecordingSource } from '../../src';

export const STORY_NOW = Date.UTC(2026, 10, 20, 15);

export const storyAdapter = (options: MemoryAdapterOptions = {}) =>
  createMemoryAdapter({ calls: 500, seed: 7, now: STORY_NOW, recordingUrls: { short: shortUrl, long: longUrl }, ...options });

export const catalogueAdapter = storyAdapter();

/** The first call of the catalogue whose recording is the short (or long) fixture. */
export async function firstCallWith(adapter: CallsAdapter, kind: 'short' | 'long'): Promise<string> {
  const { calls } = await adapter.listCalls({ limit: 50 });
  const call = calls.find((c) => c.recording === 'available' && (kind === 'short' ? c.durationSeconds! < 30 : c.durationSeconds! > 100));
  if (!call) throw new Error(`the story adapter has no ${kind} recording`);
  return call.id;
}

export const withRecording = (base: CallsAdapter, getRecording: CallsAdapter['getRecording']): CallsAdapter => ({ ...base, getRecording });

export const neverLoads = withRecording(catalogueAdapter, () => new Promise<RecordingSource | null>(() => undefined));

export const failsToLoad = withRecording(catalogueAdapter, async () => {
  throw new AdapterError('server', 'Could not load the recording (HTTP 503). The API had a problem. Try again in a moment.', { status: 503 });
});

export const noRecording = withRecording(catalogueAdapter, async () => null);

export const malformedRecording = withRecording(catalogueAdapter, async () => ({ url: shortUrl, expiresAt: 'next tuesday' }) as RecordingSource);

export const missingFile = withRecording(catalogueAdapter, async () => ({ url: '/recordings/does-not-exist.mp3', expiresAt: Date.now() + 60_000 }));

/** Hands out URLs that claim to live 4 seconds, so the refresh can be watched. */
export const shortLivedUrls = (lifetimeMs = 4_000) => storyAdapter({ recordingLifetimeMs: lifetimeMs });

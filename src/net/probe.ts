// Two bytes of a recording, to ask its storage a question without reading the file: what it thinks of a
// URL (its status) and whether this page may read the answer at all (CORS: a refused read throws).
import { credentialsFor } from './sameOrigin.js';

export async function probeStorage(url: string, signal: AbortSignal): Promise<number> {
  const response = await fetch(url, { signal, credentials: credentialsFor(url), cache: 'no-store', headers: { Range: 'bytes=0-1' } });
  void response.body?.cancel();
  return response.status;
}

// An adapter keyed by what it reads from stays one adapter for the components, however often the host
// creates it: each hook keeps the first object it saw for a key and sends every call to the newest one
// (whose `getToken` may close over newer state), so queries, the URL owner and the engine never restart.
import { useMemo, useRef } from 'react';
import type { CallsAdapter } from '../types.js';
import { adapterScope } from './keys.js';
import { warnOnce } from '../util/devWarning.js';

function delegateTo(latest: { current: CallsAdapter }): CallsAdapter {
  const first = latest.current;
  const adapter: CallsAdapter = {
    key: first.key,
    listCalls: (query, init) => latest.current.listCalls(query, init),
    getCall: (callId, init) => latest.current.getCall(callId, init),
    getRecording: (callId, init) => latest.current.getRecording(callId, init),
  };
  if (first.setRecordingEnabled) adapter.setRecordingEnabled = (id, enabled) => latest.current.setRecordingEnabled!(id, enabled);
  if (first.listAssistants) adapter.listAssistants = (init) => latest.current.listAssistants!(init);
  if (first.listAnnotations) adapter.listAnnotations = (callId, init) => latest.current.listAnnotations!(callId, init);
  if (first.createAnnotation) adapter.createAnnotation = (callId, draft, init) => latest.current.createAnnotation!(callId, draft, init);
  if (first.updateAnnotation) adapter.updateAnnotation = (callId, id, patch, init) => latest.current.updateAnnotation!(callId, id, patch, init);
  if (first.deleteAnnotation) adapter.deleteAnnotation = (callId, id, init) => latest.current.deleteAnnotation!(callId, id, init);
  return adapter;
}

export function useStableAdapter(adapter: CallsAdapter | undefined, component: string): CallsAdapter | undefined {
  const latest = useRef(adapter);
  const changes = useRef(0);
  if (adapter && latest.current && adapter !== latest.current && adapterScope(adapter) !== adapterScope(latest.current)) {
    // A new unkeyed object twice in one component's life is a render creating it, not a switch of account.
    // The mode is tested here, where a host's bundler sees it: its production build leaves the text out.
    try {
      if (process.env.NODE_ENV !== 'production' && ++changes.current === 2 && !adapter.key) {
        warnOnce('adapter-identity', `${component}: the adapter is a new object on every render, so every query and the recording restart each time. Create it once (at module scope, or useState(() => createMemoryAdapter(…))), or give it a \`key\` naming what it reads from.`);
      }
    } catch {
      // No bundler, no `process`: quiet, as in production.
    }
  }
  latest.current = adapter;
  const scope = adapter ? adapterScope(adapter) : undefined;
  return useMemo(
    () => (adapter && typeof adapter.key === 'string' && adapter.key ? delegateTo(latest as { current: CallsAdapter }) : adapter),
    // Keyed: one object per key. Unkeyed: the object itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scope],
  );
}

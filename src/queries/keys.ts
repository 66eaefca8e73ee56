import type { CallListQuery, CallsAdapter } from '../types.js';

const scopes = new WeakMap<CallsAdapter, number>();
let nextScope = 1;

/**
 * The adapter's own key when it declares one (the same on the server and in the browser, so prefetched
 * data hydrates), else a stable number per instance: two adapters sharing a QueryClient never mix data.
 */
export function adapterScope(adapter: CallsAdapter): string | number {
  if (typeof adapter.key === 'string' && adapter.key) return adapter.key;
  let scope = scopes.get(adapter);
  if (scope === undefined) {
    scope = nextScope++;
    scopes.set(adapter, scope);
  }
  return scope;
}

type ListQuery = Omit<CallListQuery, 'cursor'>;

export const callKeys = {
  all: ['talkturo-calls'] as const,
  scope: (adapter: CallsAdapter) => [...callKeys.all, adapterScope(adapter)] as const,
  lists: (adapter: CallsAdapter) => [...callKeys.scope(adapter), 'list'] as const,
  list: (adapter: CallsAdapter, query: ListQuery) => [...callKeys.lists(adapter), query] as const,
  detail: (adapter: CallsAdapter, callId: string) => [...callKeys.scope(adapter), 'detail', callId] as const,
  recording: (adapter: CallsAdapter, callId: string, variant?: 'original') => (variant ? [...callKeys.scope(adapter), 'recording', callId, variant] as const : [...callKeys.scope(adapter), 'recording', callId] as const),
  assistants: (adapter: CallsAdapter) => [...callKeys.scope(adapter), 'assistants'] as const,
  annotations: (adapter: CallsAdapter, callId: string) => [...callKeys.scope(adapter), 'annotations', callId] as const,
};

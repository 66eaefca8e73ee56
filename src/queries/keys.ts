import type { CallListQuery, CallsAdapter } from '../types.js';

const scopes = new WeakMap<CallsAdapter, number>();
let nextScope = 1;

/** A stable number per adapter instance, so two adapters sharing a host's QueryClient never mix data. */
export function adapterScope(adapter: CallsAdapter): number {
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
  recording: (adapter: CallsAdapter, callId: string) => [...callKeys.scope(adapter), 'recording', callId] as const,
  assistants: (adapter: CallsAdapter) => [...callKeys.scope(adapter), 'assistants'] as const,
};

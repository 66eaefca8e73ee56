// A tiny external store: components subscribe to the slice they show.
import { useCallback, useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(partial: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T extends object>(initial: T, derive: (next: T) => T = (next) => next): Store<T> {
  let state = derive(initial);
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(partial) {
      const next = derive({ ...state, ...partial });
      if (Object.keys(next).every((key) => Object.is(next[key as keyof T], state[key as keyof T]))) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const noStore: Store<never> = { get: () => undefined as never, set: () => undefined, subscribe: () => () => undefined };

/**
 * The slice of a store a component shows: it re-renders only when that slice changes. The selector
 * returns a primitive or a value held in the state (not a new object).
 */
export function useStoreSlice<T, S>(store: Store<T> | null, selector: (state: T) => S, fallback: S): S {
  const read = useCallback(() => (store ? selector(store.get()) : fallback), [store, selector, fallback]);
  return useSyncExternalStore((store ?? noStore).subscribe, read, read);
}

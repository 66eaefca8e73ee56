import { useCallback, useSyncExternalStore } from 'react';

// A yes/no the person chose, remembered per browser (localStorage); `fallback` on the server, before a
// choice, and where storage is refused (private modes, sandboxed frames).
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function useRememberedFlag(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const subscribe = useCallback((onChange: () => void) => {
    listeners.add(onChange);
    const onStorage = (event: StorageEvent) => event.key === key && onChange();
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(onChange);
      window.removeEventListener('storage', onStorage);
    };
  }, [key]);
  const stored = useSyncExternalStore(subscribe, () => read(key), () => null);
  const value = stored === null ? fallback : stored === '1';
  const set = useCallback((next: boolean) => {
    try {
      window.localStorage.setItem(key, next ? '1' : '0');
    } catch {
      // Not remembered, but still applied below for this page.
    }
    listeners.forEach((l) => l());
  }, [key]);
  return [value, set];
}

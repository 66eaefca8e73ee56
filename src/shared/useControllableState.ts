import { useCallback, useRef, useState } from 'react';

/** A value the embedder may control (`value` + `onChange`) or leave to us (`defaultValue`). */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void) {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const latest = useRef({ current, onChange, controlled });
  latest.current = { current, onChange, controlled };
  const set = useCallback((next: T | ((previous: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (p: T) => T)(latest.current.current) : next;
    if (!latest.current.controlled) setOwn(resolved);
    latest.current.onChange?.(resolved);
  }, []);
  return [current, set] as const;
}

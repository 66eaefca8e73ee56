// The player's store: components read the slice they show and re-render only when it changes.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore, useStoreSlice } from '../../src/player/engine/store';
import { deriveStatus, initialSnapshot } from '../../src/player/engine/state';
import { Scope } from '../../src/util/scope';

describe('player store', () => {
  it('re-renders a slice reader only when its slice changes', () => {
    const store = createStore(initialSnapshot(60), deriveStatus);
    let renders = 0;
    const selectRate = (s: ReturnType<typeof store.get>) => s.rate;
    const { result } = renderHook(() => {
      renders++;
      return useStoreSlice(store, selectRate, 1);
    });
    expect(result.current).toBe(1);
    const before = renders;
    act(() => store.set({ currentTime: 12 }));
    act(() => store.set({ currentTime: 13 }));
    expect(renders).toBe(before);
    act(() => store.set({ rate: 1.5 }));
    expect(result.current).toBe(1.5);
    expect(renders).toBe(before + 1);
  });

  it('derives the status and tells nobody when nothing changed', () => {
    const store = createStore(initialSnapshot(60), deriveStatus);
    let told = 0;
    store.subscribe(() => told++);
    expect(store.get().status).toBe('loading');
    store.set({ metadataSeen: true });
    expect(store.get().status).toBe('paused');
    store.set({ intent: 'play' });
    expect(store.get().status).toBe('playing');
    store.set({ intent: 'play' });
    expect(told).toBe(2);
  });
});

describe('disposal scope', () => {
  it('runs every cleanup once, in reverse, and at once when added after disposal', () => {
    const scope = new Scope();
    const order: string[] = [];
    scope.add(() => order.push('first'));
    const early = scope.add(() => order.push('early'));
    scope.add(() => order.push('last'));
    early();
    expect(order).toEqual(['early']);
    scope.dispose();
    scope.dispose();
    expect(order).toEqual(['early', 'last', 'first']);
    expect(scope.signal.aborted).toBe(true);
    scope.add(() => order.push('late'));
    expect(order.at(-1)).toBe('late');
  });

  it('removes its listeners', () => {
    const scope = new Scope();
    const target = new EventTarget();
    let heard = 0;
    scope.listen(target, 'ping', () => heard++);
    target.dispatchEvent(new Event('ping'));
    scope.dispose();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toBe(1);
  });
});

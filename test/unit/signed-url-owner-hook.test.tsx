// The hook that hands a component its call's URL owner, and the page's wake-ups where there is no
// document (a worker, a server render, a test runner).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src';
import { useSignedRecording } from '../../src/signed-url/useSignedRecording';
import { onWake } from '../../src/signed-url/wake';

const client = new QueryClient();
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useSignedRecording', () => {
  it('has one owner per call, a new one for another call, and the same one across renders', () => {
    const adapter = createMemoryAdapter();
    const { result, rerender } = renderHook(({ callId }) => useSignedRecording(adapter, callId), { wrapper, initialProps: { callId: 'call-a' } });
    const first = result.current.owner;
    expect(first).not.toBeNull();
    rerender({ callId: 'call-a' });
    expect(result.current.owner).toBe(first);
    rerender({ callId: 'call-b' });
    expect(result.current.owner).not.toBe(first);
    expect(result.current.owner).not.toBeNull();
  });

  it('has no owner and says none for a side that has no file of its own, and says no adapter without one', () => {
    const adapter = createMemoryAdapter();
    const side = renderHook(() => useSignedRecording(adapter, 'call-a', 0, undefined, null), { wrapper });
    expect(side.result.current.owner).toBeNull();
    expect(side.result.current.state).toEqual({ status: 'none', source: null, error: null });
    const none = renderHook(() => useSignedRecording(undefined, 'call-a'), { wrapper });
    expect(none.result.current.owner).toBeNull();
    expect(none.result.current.state).toMatchObject({ status: 'error', error: { code: 'no-adapter' } });
  });
});

describe('onWake without a document', () => {
  it('wakes on the targets it is given, and listens to no target it is not', () => {
    vi.stubGlobal('document', undefined);
    vi.stubGlobal('window', undefined);
    const win = new EventTarget();
    const wake = vi.fn();
    const stop = onWake({ window: win }, wake);
    win.dispatchEvent(new Event('online'));
    win.dispatchEvent(new Event('pageshow'));
    expect(wake).toHaveBeenCalledTimes(2);
    stop();
    win.dispatchEvent(new Event('online'));
    expect(wake).toHaveBeenCalledTimes(2);
  });
});

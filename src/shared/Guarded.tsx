import type { ReactNode, Ref } from 'react';
import { ErrorBoundary } from './ErrorBoundary.js';
import { EnsureQueryClient } from '../queries/provider.js';

/**
 * What every public component sits in: a QueryClient whether or not the host has one, and an error
 * boundary that keeps a render failure inside the component, with Retry, reported through onError.
 */
export function Guarded({ part, forwardedRef, className, onError, retryLabel, children }: {
  part: 'player' | 'log' | 'panel';
  forwardedRef: Ref<HTMLDivElement>;
  className?: string | undefined;
  onError?: ((error: Error) => void) | undefined;
  retryLabel?: string | undefined;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      onError={onError}
      fallback={(error, reset) => (
        <div ref={forwardedRef} data-talkturo-root="" {...{ [`data-talkturo-${part}`]: '' }} data-state="error" className={className} role="alert">
          <p>{error.message}</p>
          <button type="button" onClick={reset}>{retryLabel ?? 'Retry'}</button>
        </div>
      )}
    >
      <EnsureQueryClient>{children}</EnsureQueryClient>
    </ErrorBoundary>
  );
}

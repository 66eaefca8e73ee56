import type { ReactNode, Ref } from 'react';
import { ErrorBoundary } from './ErrorBoundary.js';
import { EnsureQueryClient, useCallsMessages } from '../queries/provider.js';
import type { Messages } from '../i18n/messages.js';
import { EN_COMMON_MESSAGES } from '../i18n/messages.common.js';
import { errorText } from '../errors.js';

/**
 * What every public component sits in: a QueryClient whether or not the host has one, and an error
 * boundary that keeps a render failure inside the component, with Retry, reported through onError.
 */
export function Guarded({ part, forwardedRef, className, onError, messages: messagesProp, children }: {
  part: 'player' | 'log' | 'panel';
  forwardedRef: Ref<HTMLDivElement>;
  className?: string | undefined;
  onError?: ((error: Error) => void) | undefined;
  /** The component's own words; the provider's (and then English) fill in the rest. */
  messages?: Partial<Messages> | undefined;
  children: ReactNode;
}) {
  const messages = useCallsMessages(EN_COMMON_MESSAGES, messagesProp);
  return (
    <ErrorBoundary
      onError={onError}
      fallback={(error, reset) => (
        <div ref={forwardedRef} data-talkturo-root="" {...{ [`data-talkturo-${part}`]: '' }} data-state="error" className={className} role="alert">
          <p>{errorText(error, messages)}</p>
          <button type="button" onClick={reset}>{messages.retry}</button>
        </div>
      )}
    >
      <EnsureQueryClient>{children}</EnsureQueryClient>
    </ErrorBoundary>
  );
}

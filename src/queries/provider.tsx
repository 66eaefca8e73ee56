import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CallsAdapter } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { resolveWords } from '../i18n/words.js';
import { useStableAdapter } from './stableAdapter.js';
import { PlayerError } from '../errors.js';

export interface CallsContextValue {
  adapter: CallsAdapter | undefined;
  /** The host's replacements only: each component lays them over its own defaults. */
  messages: Partial<Messages> | undefined;
  locale: string | undefined;
}

const CallsContext = createContext<CallsContextValue | null>(null);

export interface CallsProviderProps {
  adapter: CallsAdapter;
  /** Defaults to the host app's QueryClient when there is one, else a client of our own. */
  queryClient?: QueryClient;
  messages?: Partial<Messages>;
  locale?: string;
  children?: ReactNode;
}

export function createCallsQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

/**
 * Makes sure a QueryClient is in scope: the one given, else the host's, else one of our own that
 * lives as long as this component. Lets every component work inside or outside a host's provider.
 */
export function EnsureQueryClient({ client, children }: { client?: QueryClient | undefined; children?: ReactNode }) {
  const host = useContext(QueryClientContext);
  const [own] = useState(() => (client || host ? undefined : createCallsQueryClient()));
  const chosen = client ?? host ?? own;
  if (chosen === host && !client) return <>{children}</>;
  return <QueryClientProvider client={chosen!}>{children}</QueryClientProvider>;
}

/** Shared adapter, messages and locale for every component below it. */
export function CallsProvider({ adapter, queryClient, messages, locale, children }: CallsProviderProps) {
  const value = useMemo<CallsContextValue>(
    () => ({ adapter, messages, locale }),
    [adapter, messages, locale],
  );
  return (
    <CallsContext.Provider value={value}>
      <EnsureQueryClient client={queryClient}>{children}</EnsureQueryClient>
    </CallsContext.Provider>
  );
}

/** A component's words: its own prop first, then the provider's, then English. */
export function useCallsMessages<W extends object>(defaults: W, own?: Partial<Messages>): W {
  const context = useContext(CallsContext);
  return useMemo(() => resolveWords(defaults, context?.messages, own), [defaults, context?.messages, own]);
}

/** The adapter a component should use: its own prop first, then the provider's. */
export function useCallsContext<W extends object>(
  defaults: W,
  overrides: { adapter?: CallsAdapter | undefined; messages?: Partial<Messages> | undefined; locale?: string | undefined } = {},
  component = 'A component',
) {
  const context = useContext(CallsContext);
  const adapter = useStableAdapter(overrides.adapter ?? context?.adapter, component);
  const messages = useCallsMessages(defaults, overrides.messages);
  return { adapter, messages, locale: overrides.locale ?? context?.locale };
}

/**
 * Every component without an adapter says the same, inside itself (its error boundary): the words of
 * `PlayerError('no-adapter')`, with Retry, reported through `onError`. The host app keeps running.
 */
export function requireAdapter(adapter: CallsAdapter | undefined): CallsAdapter {
  if (!adapter) throw new PlayerError('no-adapter');
  return adapter;
}

'use client';
// The host's client boundary: the adapter (functions cannot cross from server to client) and its errors.
import { useState } from 'react';
import { CallsProvider, createHttpAdapter } from '@talkturo/components-react';

export function Providers({ api, children }) {
  const [adapter] = useState(() => createHttpAdapter({ baseUrl: api, accountSlug: 'demo', getToken: async () => 'demo-token' }));
  return <CallsProvider adapter={adapter}>{children}</CallsProvider>;
}

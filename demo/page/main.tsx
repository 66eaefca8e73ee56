// The demo dashboard: embeds the library the way a customer's app would, through createHttpAdapter
// against the local Talkturo-shaped API (same origin) whose recordings live in the embedded S3.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CallsProvider, createHttpAdapter } from '../../src';
import '../../src/theme/styles.css';
import './demo.css';
import { Dashboard } from './Dashboard';

const adapter = createHttpAdapter({ baseUrl: location.origin, accountSlug: 'demo', getToken: async () => 'demo-token' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CallsProvider adapter={adapter}>
      <Dashboard />
    </CallsProvider>
  </StrictMode>,
);

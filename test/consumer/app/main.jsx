// A host app as a customer writes it: the published package, its stylesheet, the three components and
// a player laid out from parts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CallDetailPanel, CallLogTable, CallsProvider, PlayerLanes, PlayerPlayButton, PlayerRoot, PlayerSeek, PlayerTime, StereoRecordingPlayer, createHttpAdapter,
} from '@talkturo/components-react';
import '@talkturo/components-react/styles.css';

const params = new URLSearchParams(location.search);
const adapter = createHttpAdapter({ baseUrl: params.get('api'), accountSlug: 'demo', getToken: async () => 'demo-token' });
const errors = [];
window.hostErrors = errors;

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <CallsProvider adapter={adapter}>
      <h1>Host app</h1>
      <section aria-label="Standalone player" style={{ maxWidth: 760 }}>
        <StereoRecordingPlayer callId={params.get('call')} onError={(e) => errors.push(String(e))} />
      </section>
      <section aria-label="Long call" style={{ maxWidth: 760 }}>
        <StereoRecordingPlayer callId={params.get('long')} onError={(e) => errors.push(String(e))} />
      </section>
      <section aria-label="Player of parts" style={{ maxWidth: 560 }}>
        <PlayerRoot callId={params.get('call')} onError={(e) => errors.push(String(e))}>
          <PlayerLanes />
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}><PlayerPlayButton /><PlayerSeek /><PlayerTime /></div>
        </PlayerRoot>
      </section>
      <CallLogTable onError={(e) => errors.push(String(e))} />
      <CallDetailPanel callId={params.get('call')} onError={(e) => errors.push(String(e))} />
    </CallsProvider>
  </StrictMode>,
);

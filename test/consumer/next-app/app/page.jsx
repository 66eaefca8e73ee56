// A server-component page, as most dashboards are: it imports the components from the package and
// renders them with serializable props; only the adapter lives in a client component (Providers).
import { CallDetailPanel, CallLogTable, StereoRecordingPlayer } from '@talkturo/components-react';
import { Providers } from './providers';

export default async function Page({ searchParams }) {
  const { api = '', call = '' } = await searchParams;
  return (
    <Providers api={api}>
      <h1>Host app (Next.js)</h1>
      <section aria-label="Standalone player" style={{ maxWidth: 760 }}>
        <StereoRecordingPlayer callId={call} />
      </section>
      <CallLogTable />
      <CallDetailPanel callId={call} />
    </Providers>
  );
}

import { CallLogs } from '../../src';

export function Dashboard() {
  return (
    <main className="dashboard">
      <h1>Call logs</h1>
      <p className="note">
        Embedded the way a customer would: calls come through <code>createHttpAdapter</code> from the local API, and
        recordings stream from the embedded S3 store through presigned URLs that really expire (and are refreshed
        without a hitch).
      </p>
      <CallLogs panelProps={{ allowRecordingSettings: true }} />
    </main>
  );
}

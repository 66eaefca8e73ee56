import { useCallback, useState } from 'react';
import { CallLogs, type AuditEvent } from '../../src';

// A link to a moment of a call: ?call=<id>&t=<seconds> opens that call there; the player's
// "Copy link to this moment" makes such links.
const params = new URLSearchParams(window.location.search);
const linkedCall = params.get('call') ?? undefined;
const linkedTime = Number(params.get('t'));
const momentUrl = (callId: string, seconds: number) => {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ call: callId, t: String(seconds) }).toString();
  return url.toString();
};

export function Dashboard() {
  // What a compliance team would store: every play, download, copied link, original heard and note.
  const [audit, setAudit] = useState<AuditEvent[]>([]);
  const onAudit = useCallback((event: AuditEvent) => setAudit((list) => [event, ...list].slice(0, 50)), []);
  return (
    <main className="dashboard">
      <h1>Call logs</h1>
      <p className="note">
        Embedded the way a customer would: calls come through <code>createHttpAdapter</code> from the local API, and
        recordings stream from the embedded S3 store through presigned URLs that really expire (and are refreshed
        without a hitch).
      </p>
      <CallLogs
        panelProps={{ allowRecordingSettings: true, getMomentUrl: momentUrl, allowOriginal: true, onAudit }}
        {...(linkedCall ? { defaultCallId: linkedCall } : {})}
        {...(linkedCall && linkedTime > 0 ? { defaultTime: linkedTime } : {})}
      />
      <section className="audit" aria-label="Audit log">
        <h2>Audit log</h2>
        <p className="note">What <code>onAudit</code> received on this page (the original recording may be heard here: <code>allowOriginal</code>).</p>
        <ol>
          {audit.map((event, i) => (
            <li key={audit.length - i} data-type={event.type}>
              <time dateTime={event.time}>{new Date(event.time).toLocaleTimeString()}</time> {event.type} · {event.callId} at {event.at.toFixed(1)} s
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

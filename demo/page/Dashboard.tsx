import { CallLogs } from '../../src';

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
  return (
    <main className="dashboard">
      <h1>Call logs</h1>
      <p className="note">
        Embedded the way a customer would: calls come through <code>createHttpAdapter</code> from the local API, and
        recordings stream from the embedded S3 store through presigned URLs that really expire (and are refreshed
        without a hitch).
      </p>
      <CallLogs
        panelProps={{ allowRecordingSettings: true, getMomentUrl: momentUrl }}
        {...(linkedCall ? { defaultCallId: linkedCall } : {})}
        {...(linkedCall && linkedTime > 0 ? { defaultTime: linkedTime } : {})}
      />
    </main>
  );
}

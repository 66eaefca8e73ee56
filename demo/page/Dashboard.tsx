import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { callDetailOptions, CallLogTable, recordingOptions, StereoRecordingPlayer, type CallsAdapter, type CallSummary } from '../../src';

function Countdown({ expiresAt }: { expiresAt: string | number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const left = Math.round((Date.parse(String(expiresAt)) - now) / 1000);
  return <span>{left > 0 ? `expires in ${left} s` : `expired ${-left} s ago`}</span>;
}

function RecordingProbe({ adapter, call }: { adapter: CallsAdapter; call: CallSummary }) {
  const recording = useQuery(recordingOptions(adapter, call.id));
  const [probe, setProbe] = useState<string>();
  if (recording.isPending) return <p>Loading recording…</p>;
  if (recording.isError) return <p role="alert">{recording.error.message}</p>;
  const source = recording.data.source;
  if (!source) return <p>No recording ({call.recording}).</p>;
  return (
    <div className="probe">
      <audio controls src={source.url} aria-label="Recording (plain audio element)" />
      <p>
        Signed URL <Countdown expiresAt={source.expiresAt} />.{' '}
        <button type="button" onClick={() => fetch(source.url, { headers: { Range: 'bytes=0-15' } }).then((r) => setProbe(`${r.status} ${r.statusText}`), (e: Error) => setProbe(e.message))}>
          Fetch this URL now
        </button>{' '}
        <button type="button" onClick={() => void recording.refetch()}>Get a fresh URL</button>
        {probe && <output> → {probe}</output>}
      </p>
    </div>
  );
}

function Detail({ adapter, call }: { adapter: CallsAdapter; call: CallSummary }) {
  const detail = useQuery(callDetailOptions(adapter, call.id));
  return (
    <section aria-label="Call detail" className="detail">
      <h2>Call {call.id}</h2>
      {call.recording === 'available' ? (
        <StereoRecordingPlayer callId={call.id} onError={(e) => console.warn('player:', e.message)} />
      ) : (
        <p>No recording ({call.recording}).</p>
      )}
      <details>
        <summary>Signed URL</summary>
        <RecordingProbe adapter={adapter} call={call} />
      </details>
      {detail.data?.summary && <p>{detail.data.summary}</p>}
      <ol className="transcript">
        {detail.data?.transcript?.map((t, i) => (
          <li key={i} data-speaker={t.speaker}><strong>{t.speaker}</strong> {t.startSeconds.toFixed(1)} s — {t.text}</li>
        ))}
      </ol>
    </section>
  );
}

export function Dashboard({ adapter }: { adapter: CallsAdapter }) {
  const [selected, setSelected] = useState<CallSummary>();
  return (
    <main className="dashboard">
      <h1>Call logs</h1>
      <p className="note">
        Embedded the way a customer would: calls come through <code>createHttpAdapter</code> from the local API, and
        recordings stream from the embedded S3 store through presigned URLs that really expire (and are refreshed
        without a hitch).
      </p>
      <div className="layout">
        <CallLogTable selectedCallId={selected?.id ?? null} onSelectCall={setSelected} />
        {selected ? <Detail key={selected.id} adapter={adapter} call={selected} /> : <p>Pick a call.</p>}
      </div>
    </main>
  );
}

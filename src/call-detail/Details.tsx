import { useState } from 'react';
import type { CallDetail } from '../types.js';
import type { PanelWords } from '../i18n/messages.js';
import { callFormatters } from '../call-log/format.js';
import { directionText, statusText } from '../format.js';
import { copyText } from '../shared/copyText.js';
import { usePart } from '../theme/parts.js';

export function Details({ call, m, locale }: { call: CallDetail; m: PanelWords; locale: string | undefined }) {
  const part = usePart();
  const f = callFormatters(locale);
  const [copied, setCopied] = useState(false);
  const rows: [string, string | undefined][] = [
    [m.fieldAssistant, call.assistantName ?? call.assistantId],
    [m.fieldFrom, call.fromNumber],
    [m.fieldTo, call.toNumber],
    [m.fieldDirection, directionText(m, call.direction)],
    [m.fieldStatus, statusText(m, call.status)],
    [m.fieldEndedReason, call.endedReason],
    [m.fieldStartedAt, f.dateTime(call.startedAt)],
    [m.fieldDuration, f.duration(call.durationSeconds)],
    [m.fieldCost, f.money(call.costUsd)],
  ];
  const metadata = Object.entries(call.metadata ?? {});
  return (
    <dl {...part('details')}>
      <dt>{m.fieldCallId}</dt>
      <dd>
        <code>{call.id}</code>{' '}
        <button
          type="button"
          onClick={() => void copyText(call.id).then(setCopied)}
        >
          {m.copyCallId}
        </button>
        {copied && <span role="status"> {m.copied}</span>}
      </dd>
      {rows.map(([label, value]) => (
        <div key={label} {...part('field')}>
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
      ))}
      {metadata.length > 0 && (
        <div {...part('field')}>
          <dt>{m.fieldMetadata}</dt>
          <dd>
            <dl {...part('metadata')}>
              {metadata.map(([key, value]) => (
                <div key={key} {...part('field')}>
                  <dt>{key}</dt>
                  <dd>{value === null ? '—' : String(value)}</dd>
                </div>
              ))}
            </dl>
          </dd>
        </div>
      )}
    </dl>
  );
}

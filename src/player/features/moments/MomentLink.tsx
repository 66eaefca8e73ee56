// "Copy link to this moment": the host says what a link to a call at a time looks like
// (`getMomentUrl`); the player copies it for where playback is now.
import { useState } from 'react';
import type { PlayerWords } from '../../../i18n/messages.js';
import { fillMessage, formatClock } from '../../../format.js';
import { copyText } from '../../../shared/copyText.js';
import { usePart } from '../../../theme/parts.js';
import type { Store } from '../../engine/store.js';
import type { PlayerSnapshot } from '../../engine/state.js';
import { LinkIcon } from '../../icons.js';
import { useAudit } from '../../../shared/audit.js';

interface MomentLinkProps {
  store: Store<PlayerSnapshot>;
  callId: string;
  getMomentUrl: (callId: string, seconds: number) => string;
  m: PlayerWords;
}

export function MomentLink({ store, callId, getMomentUrl, m }: MomentLinkProps) {
  const part = usePart();
  const [said, setSaid] = useState('');
  const audit = useAudit();
  const copy = async () => {
    // Whole seconds: a link says 1:05, not 65.38.
    const seconds = Math.floor(store.get().currentTime);
    const ok = await copyText(getMomentUrl(callId, seconds));
    if (ok) audit?.('copy-link', seconds);
    setSaid(ok ? fillMessage(m.momentLinkCopied, { time: formatClock(seconds) }) : m.copyFailed);
  };
  return (
    <>
      <button type="button" {...part('moment-link')} aria-label={m.copyMomentLink} title={m.copyMomentLink} onClick={() => void copy()}>
        <LinkIcon />
      </button>
      <span role="status" {...part('moment-status')}>{said}</span>
    </>
  );
}

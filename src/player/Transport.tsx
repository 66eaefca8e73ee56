// The transport, right under the lanes: Play, the time and the seek slider, speed, turns, skip
// silences, zoom, then the link, the keys and Download at the far end. It wraps on narrow players
// (container queries in styles.css); the keys it lists come from the one shortcut table.
import { lazy, memo, Suspense, useId, useState } from 'react';
import type { PlayerWords } from '../i18n/messages.js';
import { usePart } from '../theme/parts.js';
import type { PlayerSnapshot } from './engine/state.js';
import type { Store } from './engine/store.js';
import { Download, DownloadStatus, PlayButton, Seek, Speed, Time } from './parts/controls.js';
import { Zoom } from './parts/transport.js';
import { SkipSilences } from './features/skip-silences/SkipSilences.js';
import { TurnNav } from './parts/TurnNav.js';
import { KeyboardIcon } from './icons.js';
import { KeyRows } from './parts/keys.js';

// Only where the host gives getMomentUrl.
const MomentLink = lazy(() => import('./features/moments/MomentLink.js').then((m) => ({ default: m.MomentLink })));

interface TransportProps {
  /** The call has a transcript: turn navigation. */
  hasTurns: boolean;
  store: Store<PlayerSnapshot>;
  m: PlayerWords;
  callId: string;
  getMomentUrl: ((callId: string, seconds: number) => string) | undefined;
  /** The help list names the notes' keys too. */
  takesNotes: boolean;
  /** The switch to the unredacted recording, where the host allows it. */
  original?: { on: boolean; toggle: () => void } | null;
}

export const Transport = memo(function Transport({ hasTurns, store, m, callId, getMomentUrl, takesNotes, original }: TransportProps) {
  const part = usePart();
  const [showKeys, setShowKeys] = useState(false);
  const keysId = useId();
  return (
    <>
      <div {...part('controls')} role="group" aria-label={m.transport}>
        <PlayButton />
        <Time />
        <Seek />
        <Speed />
        {hasTurns && <TurnNav />}
        <SkipSilences />
        <Zoom />
        <div {...part('tools')}>
          <DownloadStatus />
          {original && (
            <button type="button" {...part('original')} aria-pressed={original.on} onClick={original.toggle}>
              {m.originalRecording}
            </button>
          )}
          {getMomentUrl && <Suspense fallback={null}><MomentLink store={store} callId={callId} getMomentUrl={getMomentUrl} m={m} /></Suspense>}
          <button type="button" {...part('shortcuts')} aria-label={m.keyboardShortcuts} aria-expanded={showKeys} aria-controls={keysId} onClick={() => setShowKeys((v) => !v)}>
            <KeyboardIcon />
          </button>
          <Download />
        </div>
      </div>
      <dl id={keysId} {...part('shortcut-list')} hidden={!showKeys}>
        <KeyRows m={m} takesNotes={takesNotes} />
        <dt><kbd>←</kbd> <kbd>→</kbd></dt>
        <dd>{m.shortcutGroups}</dd>
      </dl>
    </>
  );
});
